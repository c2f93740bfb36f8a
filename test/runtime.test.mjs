// The runtime data (data/runtime.json, written by `npm run probe`) and the runtime types held against it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../scripts/lib/check.mjs'
import { checkCells, platformSets } from '../scripts/lib/cells.mjs'
import { root } from '../scripts/lib/consumer.mjs'
import { declarationsUpToDate } from '../probe/declarations.mjs'
import { lines, platforms } from '../probe/lines.mjs'
import { readData } from '../probe/probe.mjs'
import { readmeTable, renderTable } from '../probe/table.mjs'

const { cells } = readData()

check(`runtime data: every (line, platform) cell of ${lines.length} lines x ${platforms.length} platforms is observed or explained; README's table and types/runtime-data.d.ts are generated from it`, () => {
  const problems = []
  for (const line of lines) {
    for (const platform of platforms) {
      const entry = cells.find(cell => cell.line === line && cell.platform === platform)
      if (!entry) problems.push(`${line} ${platform}: no entry in data/runtime.json`)
      else if (!entry.published && !entry.missing) problems.push(`${line} ${platform}: not executed, and no reason given`)
      else if (entry.published && !entry.members && !entry.uploadFileThrows) problems.push(`${line} ${platform}: executed, but nothing observed`)
      else if (entry.published && !entry.packages.every(spec => /^sha512-/.test(spec.integrity))) problems.push(`${line} ${platform}: a package without its integrity`)
    }
  }
  if (cells.length !== lines.length * platforms.length) problems.push(`data/runtime.json has ${cells.length} entries, expected ${lines.length * platforms.length}`)
  if (readmeTable(readFileSync(join(root, 'README.md'), 'utf8')) !== renderTable(cells).join('\n')) problems.push('README\'s runtime table differs from data/runtime.json: run npm run probe')
  if (!declarationsUpToDate(cells)) problems.push('types/runtime-data.d.ts or types/versions.d.ts is not what data/runtime.json and data/versions.json give: run npm run probe')
  return problems
})

check(`runtime types (programs/cells): UploadTaskPromise equals the data for every (line, platform) and for ${platformSets.map(set => set.join(' | ')).join('; ')}: members, what each returns, abort's callback, off() with no argument, listener fields, what await gives`, () => {
  const { problems, cases } = checkCells(cells)
  return { problems, note: `${cases} cases` }
})
