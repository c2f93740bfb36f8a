// Compiles several programs with one TypeScript version in one process, through its compiler API,
// the way `tsc -p <config> --pretty false` does: the same config parsing, the same pre-emit
// diagnostics, the same output format. Loading the compiler and parsing the lib files happen once
// instead of once per program, which is most of the time a small program takes.
//   node tsc-api.cjs <path to typescript.js> <config file> [<config file> ...]
// For each config, prints a line "### <config file>" and then its diagnostics.
'use strict'
const { dirname } = require('path')

const [typescriptPath, ...configs] = process.argv.slice(2)
const ts = require(typescriptPath)

const libCache = new Map()
const libFolder = dirname(typescriptPath)

for (const config of configs) {
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: diagnostic => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')) },
  })
  const host = ts.createCompilerHost(parsed.options)
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (fileName, target, ...rest) => {
    // The compiler's own lib files are scripts with no imports: a parsed one serves every program
    // with the same target, as the language service's document registry shares them.
    if (dirname(fileName) !== libFolder) return getSourceFile.call(host, fileName, target, ...rest)
    const key = `${fileName}|${JSON.stringify(target)}`
    if (!libCache.has(key)) libCache.set(key, getSourceFile.call(host, fileName, target, ...rest))
    return libCache.get(key)
  }
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  })
  const diagnostics = [...ts.getConfigFileParsingDiagnostics(parsed), ...ts.getPreEmitDiagnostics(program)]
  const cwd = dirname(config)
  process.stdout.write(`### ${config}\n`)
  process.stdout.write(ts.formatDiagnostics(diagnostics, {
    getCurrentDirectory: () => cwd,
    getCanonicalFileName: fileName => fileName,
    getNewLine: () => '\n',
  }))
}
