/**
 * Where a refused form's field errors are shown. A form shows each error at its field; the server's general message
 * shows whenever some error has no field of the form to show it, so that no refusal goes unsaid.
 */

/** Which error paths a form shows at a field: names exactly, `name.*` for a list field and everything under it, or patterns. */
export function shownAt(...fields: Array<string | RegExp>): (path: string) => boolean {
  return (path) =>
    fields.some((field) => {
      if (field instanceof RegExp) return field.test(path);
      return field.endsWith('.*') ? path === field.slice(0, -2) || path.startsWith(field.slice(0, -1)) : path === field;
    });
}

/** Whether the server's general message must show: it named no field, or a field the form does not show. */
export function needsGeneralError(errors: Map<string, string>, shown: (path: string) => boolean): boolean {
  return errors.size === 0 || [...errors.keys()].some((path) => !shown(path));
}

/**
 * The error to show at a list field (one item a line or comma-separated): its own, or the first one under it
 * (`products.1.name`) told with the item's number (1-based), as `item` words it.
 */
export function listFieldError(errors: Map<string, string>, name: string, item: (n: number, message: string) => string): string | undefined {
  const own = errors.get(name);
  if (own) return own;
  for (const [path, message] of errors) {
    if (!path.startsWith(`${name}.`)) continue;
    const index = /^(\d+)/.exec(path.slice(name.length + 1))?.[1];
    return index === undefined ? message : item(Number(index) + 1, message);
  }
  return undefined;
}
