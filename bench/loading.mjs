// What loading each of this package's declaration files costs a compiler, before any of its types is
// used: the syntax nodes the parser makes of it (a count: the same every run) and the memory its parse
// and bind keep (the heap after a garbage collection, with and without 50 parsed and bound copies of the
// file, divided by 50, after each file was loaded once so that the parser's own code is compiled before
// any file is measured). The counts baseline (bench/counts.mjs) runs this in a process of its own, as
//   node --expose-gc bench/loading.mjs <folder of the installed package's types> <file>...
// and prints one JSON object: { <file>: { nodes, memoryMB, declarations: { <name>: nodes } } }, where the
// declarations that differ only by a numbered suffix (Members_3_4_3_weapp, ...) count as one (Members_*).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const copies = 50
const [folder, ...files] = process.argv.slice(2)
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc')

const heap = () => {
  globalThis.gc()
  globalThis.gc()
  return process.memoryUsage().heapUsed
}

/** The syntax nodes of a file, as the compiler walks its children. */
function nodesOf(file) {
  let nodes = 0
  const visit = node => {
    nodes += 1
    ts.forEachChild(node, visit)
  }
  visit(file)
  return nodes
}

/** A file parsed as tsc parses a declaration file (its mode parses only the doc comments that hold @see or @link), then bound. */
function load(path, text, copy) {
  const file = ts.createSourceFile(`${path}.${copy}`, text, { languageVersion: ts.ScriptTarget.ES2017, jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors }, true)
  ts.bindSourceFile(file, {})
  return file
}

for (const name of files) load(join(folder, name), readFileSync(join(folder, name), 'utf8'), 'warm-up')
const result = {}
for (const name of files) {
  const path = join(folder, name)
  const kept = []
  const before = heap()
  // Each copy reads the file anew, so that its text is a string of its own, as a program's is.
  for (let copy = 0; copy < copies; copy += 1) kept.push(load(path, readFileSync(path, 'utf8'), copy))
  const after = heap()
  const declarations = {}
  for (const statement of kept[0].statements) {
    const named = statement.name?.text ?? ts.SyntaxKind[statement.kind]
    const key = named.replace(/_\d.*$/, '_*')
    declarations[key] = (declarations[key] ?? 0) + nodesOf(statement)
  }
  result[name] = { nodes: nodesOf(kept[0]), memoryMB: Math.round((after - before) / 1024 / 1024 / copies * 100) / 100, declarations }
}
console.log(JSON.stringify(result))
