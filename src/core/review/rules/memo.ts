/** A function of a phrase, worked out once per phrase; a phrase seen before costs one lookup. */
export function memo<T>(f: (phrase: string) => T): (phrase: string) => T {
  const seen = new Map<string, T>();
  return (phrase) => {
    let value = seen.get(phrase);
    if (value === undefined && !seen.has(phrase)) seen.set(phrase, (value = f(phrase)));
    return value as T;
  };
}
