import { listFieldError, needsGeneralError, shownAt } from './form-errors';

const item = (n: number, message: string) => `第 ${n} 项：${message}`;

describe('form errors', () => {
  const shown = shownAt('capabilities', 'products.*', /^parties\.\d+\.name$/);

  it('knows the paths a form shows: exact names, a list field with everything under it, patterns', () => {
    expect(['capabilities', 'products', 'products.1.name', 'parties.0.name'].every(shown)).toBe(true);
    expect(['capabilitiesX', 'productsX', 'parties.0.share', 'domains.0'].some(shown)).toBe(false);
  });

  it('asks for the general message when the server named no field, or one the form does not show', () => {
    expect(needsGeneralError(new Map(), shown)).toBe(true);
    expect(needsGeneralError(new Map([['products.1.name', '不能为空']]), shown)).toBe(false);
    expect(needsGeneralError(new Map([['products.1.name', '不能为空'], ['domains.0', '未知领域']]), shown)).toBe(true);
  });

  it('shows a list field its own error, else the first under it with the item’s number', () => {
    expect(listFieldError(new Map([['products', '最多 50 项']]), 'products', item)).toBe('最多 50 项');
    expect(listFieldError(new Map([['products.1.name', '不能为空']]), 'products', item)).toBe('第 2 项：不能为空');
    expect(listFieldError(new Map([['productsX', 'x']]), 'products', item)).toBeUndefined();
  });
});
