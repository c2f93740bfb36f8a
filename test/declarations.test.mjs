// The declarations themselves and their docs, as published: they compile under the strictest flags,
// every declaration is documented in Chinese then English with its links, and every @example compiles.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, command } from '../scripts/lib/check.mjs'
import { publishedTypes } from '../scripts/lib/consumer.mjs'
import { checkDocs, checkExportedDocs, checkSeeLinks, interfaceMembers } from '../scripts/lib/docs.mjs'
import { checkExamples } from '../scripts/lib/examples.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'
import { readData } from '../probe/probe.mjs'
import { availability, members } from '../probe/table.mjs'
import { runtimeLine } from '../probe/declarations.mjs'

check('tsc -p tsconfig.json: the declarations themselves compile under the strictest flags', () =>
  command(projectTsc.command[0], [projectTsc.command[1], '-p', 'tsconfig.json', '--pretty', 'false']))

check('docs: every declaration of the documented interface in Chinese then English; @see, @supported (= Support table) and on/off @example on methods', () =>
  checkDocs(join(publishedTypes, 'upload-task.d.ts')))

check('runtime docs: every exported declaration of the root entry and the runtime types in Chinese then English; each member links to its own method\'s page; each member\'s hover docs say where it exists, as the data says (the "Runtime:" line)', () => {
  const { ranges } = readData()
  const missing = ['index.d.ts', 'runtime.d.ts', 'fetch-response.d.ts'].flatMap(file => checkExportedDocs(join(publishedTypes, file)).map(problem => `${file}: ${problem}`))
    .concat(checkSeeLinks(interfaceMembers(join(publishedTypes, 'runtime.d.ts'), 'UploadTaskPromise')))
  const declarations = readFileSync(join(publishedTypes, 'runtime.d.ts'), 'utf8')
  return members.flatMap(name => {
    const expected = `运行时 / Runtime: ${availability(name, ranges)}`
    // The line may wrap before a ' · ': runtimeLine joins its continuation lines.
    return runtimeLine(declarations, name)?.said === expected ? [] : [`${name}: the docs should say "${expected}"`]
  }).concat(missing)
})

check(`docs: every @example of the published declarations compiles against the packed package (TypeScript ${projectTsc.version}, programs/examples-*); lines marked "// error" must fail, a line "expression //=> Type" is that type exactly, and every example of the root entry asserts one or the other`, async () => {
  const { problems, count } = await checkExamples(publishedTypes, projectTsc)
  return { problems, note: `${count} examples` }
})
