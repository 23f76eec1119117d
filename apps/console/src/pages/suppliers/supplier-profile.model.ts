/** The profile form's text fields, and the body of PUT /api/suppliers/mine made from them. */
export interface ProfileDraft {
  capabilities: string;
  tags: string;
  products: string;
  domains: string;
  districts: string;
  firstSet: string;
}

export interface ProfileBody {
  capabilities: string;
  tags: string[];
  products: Array<{ name: string; description?: string }>;
  domains: string[];
  districts: string[];
  firstSetRecognitions: Array<{ product: string; year: number; level: 'national' | 'municipal' }>;
}

const list = (text: string) => text.split(/[,，、]/).map((s) => s.trim()).filter((s) => s.length > 0);
const lines = (text: string) => text.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);

export function draftOf(profile: ProfileBody | undefined): ProfileDraft {
  if (!profile) return { capabilities: '', tags: '', products: '', domains: '', districts: '', firstSet: '' };
  return {
    capabilities: profile.capabilities,
    tags: profile.tags.join(', '),
    products: profile.products.map((p) => (p.description ? `${p.name}：${p.description}` : p.name)).join('\n'),
    domains: profile.domains.join(', '),
    districts: profile.districts.join(', '),
    firstSet: profile.firstSetRecognitions.map((r) => `${r.product}, ${r.year}, ${r.level}`).join('\n'),
  };
}

/** The body, or the number (1-based) of the first 首台(套) line that cannot be read. */
export function bodyOf(draft: ProfileDraft): ProfileBody | { badFirstSetLine: number } {
  const firstSetRecognitions: ProfileBody['firstSetRecognitions'] = [];
  for (const [index, line] of lines(draft.firstSet).entries()) {
    const [product, year, level] = line.split(/[,，]/).map((s) => s.trim());
    if (!product || !year || !/^\d{4}$/.test(year) || (level !== 'national' && level !== 'municipal')) return { badFirstSetLine: index + 1 };
    firstSetRecognitions.push({ product, year: Number(year), level });
  }
  return {
    capabilities: draft.capabilities,
    tags: list(draft.tags),
    products: lines(draft.products).map((line) => {
      const [name, ...rest] = line.split(/[:：]/);
      const description = rest.join('：').trim();
      return { name: (name ?? '').trim(), ...(description ? { description } : {}) };
    }),
    domains: list(draft.domains),
    districts: list(draft.districts),
    firstSetRecognitions,
  };
}
