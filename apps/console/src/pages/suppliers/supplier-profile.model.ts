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

/** The body, or the numbers (1-based) of the 首台(套) lines that cannot be read. */
export function bodyOf(draft: ProfileDraft): ProfileBody | { badFirstSetLines: number[] } {
  const firstSetRecognitions: ProfileBody['firstSetRecognitions'] = [];
  const badFirstSetLines: number[] = [];
  for (const [index, line] of lines(draft.firstSet).entries()) {
    const [product, year, level] = line.split(/[,，]/).map((s) => s.trim());
    if (!product || !year || !/^\d{4}$/.test(year) || (level !== 'national' && level !== 'municipal')) badFirstSetLines.push(index + 1);
    else firstSetRecognitions.push({ product, year: Number(year), level });
  }
  if (badFirstSetLines.length > 0) return { badFirstSetLines };
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
