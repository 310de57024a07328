/** Drops undefined fields and the path parameters from a request body. */
export function bodyWithout<T extends Record<string, unknown>, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && !keys.includes(key as K)) copy[key] = field;
  }
  return copy as Omit<T, K>;
}
