/** The problems that apply, in one phrase; null when none. Called once per run and size: no array is made when none apply. */
export function joined(...problems: (string | null)[]): string | null {
  let phrase: string | null = null;
  for (const problem of problems) if (problem !== null) phrase = phrase === null ? problem : `${phrase}; ${problem}`;
  return phrase;
}
