/** An organisation an evaluator or a party belongs to, with its parent (a group and its subsidiaries, a bureau and its institutes). */
export interface OrganisationNode {
  id: string;
  parentId: string | null;
  /** User ids that act for the organisation (an applicant's accounts), so an applicant resolves to its organisation. */
  accounts: readonly string[];
}

export type OrganisationRelation = 'same' | 'parent' | 'child';

/** The organisation tree, walked safely (a cycle in the data ends the walk instead of looping). */
export class OrganisationDirectory {
  private readonly byId = new Map<string, OrganisationNode>();

  constructor(nodes: readonly OrganisationNode[]) {
    for (const node of nodes) this.byId.set(node.id, node);
  }

  /** The organisation's ancestors, nearest first (not including itself). */
  ancestors(id: string): string[] {
    const chain: string[] = [];
    const seen = new Set([id]);
    let parent = this.byId.get(id)?.parentId ?? null;
    while (parent !== null && !seen.has(parent)) {
      chain.push(parent);
      seen.add(parent);
      parent = this.byId.get(parent)?.parentId ?? null;
    }
    return chain;
  }

  /** How `a` relates to `b`: the same organisation, a parent (ancestor) of `b`, a child (descendant) of `b`, or unrelated. */
  relation(a: string, b: string): OrganisationRelation | null {
    if (a === b) return 'same';
    if (this.ancestors(b).includes(a)) return 'parent';
    if (this.ancestors(a).includes(b)) return 'child';
    return null;
  }

  /** The organisations a user id acts for (through `accounts`), and the id itself when it names an organisation. */
  organisationsOf(partyId: string): string[] {
    const found = [...this.byId.values()].filter((node) => node.accounts.includes(partyId)).map((node) => node.id);
    if (this.byId.has(partyId)) found.push(partyId);
    return [...new Set(found)];
  }
}

/**
 * The tree with every organisation spelled by `spell` (as the directory names it today): names that turn out to be
 * one organisation become one node, with their accounts together and the first parent found (never itself).
 */
export function respellOrganisations(nodes: readonly OrganisationNode[], spell: (name: string) => string): OrganisationNode[] {
  const merged = new Map<string, { id: string; parentId: string | null; accounts: string[] }>();
  for (const node of nodes) {
    const id = spell(node.id);
    const spelledParent = node.parentId === null ? null : spell(node.parentId);
    const parentId = spelledParent === id ? null : spelledParent;
    const existing = merged.get(id);
    if (!existing) merged.set(id, { id, parentId, accounts: [...node.accounts] });
    else {
      existing.parentId ??= parentId;
      existing.accounts = [...new Set([...existing.accounts, ...node.accounts])];
    }
  }
  return [...merged.values()];
}
