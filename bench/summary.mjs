// The benchmark summary: `npm run bench` writes it between these markers at the top of BENCHMARKS.md,
// README carries a copy between the same markers, and `npm test` checks that the two agree.
export const summaryStart = '<!-- benchmark summary: start (written by npm run bench) -->'
export const summaryEnd = '<!-- benchmark summary: end -->'

/** The summary block of a Markdown text, markers included; undefined when it has none. */
export function summaryBlock(text) {
  const start = text.indexOf(summaryStart)
  const end = text.indexOf(summaryEnd, start)
  return start === -1 || end === -1 ? undefined : text.slice(start, end + summaryEnd.length)
}
