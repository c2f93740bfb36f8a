// Compiles several programs with one TypeScript version in one process, through its compiler API,
// the way `tsc -p <config> --pretty false` does: the same config parsing, the same pre-emit
// diagnostics, the same output format. Loading the compiler and parsing the lib files happen once
// instead of once per program, which is most of the time a small program takes.
//   node tsc-api.cjs [--list-files | --skip-installed] <path to typescript.js> <config file> [<config file> ...]
// For each config, prints a line "### <config file>" and then its diagnostics (or, with --list-files,
// the files of the program, one per line, without checking them). With --skip-installed, the files of
// installed packages (under node_modules) are not checked, except taro-upload-task-types' own: what
// they report is checked elsewhere, and checking them is most of a Taro project's time.
'use strict'
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('fs')
const Module = require('module')
const { dirname, join } = require('path')
const vm = require('vm')

const listFiles = process.argv[2] === '--list-files'
const skipInstalled = process.argv[2] === '--skip-installed'
const [typescriptPath, ...configs] = process.argv.slice(listFiles || skipInstalled ? 3 : 2)
const installed = /[\\/]node_modules[\\/](?!taro-upload-task-types[\\/])/
const ts = loadWithCodeCache(typescriptPath)

/**
 * require() for the compiler, with V8's code cache kept in .cache/v8 (Node 20 has no compile cache of
 * its own): loading typescript.js then takes a third of the time. The cache only holds compiled
 * bytecode; V8 rejects it, and it is rewritten, when the source or Node changes.
 */
function loadWithCodeCache(file) {
  const cacheFile = join(__dirname, '../../.cache/v8', `${file.replace(/[^\w.-]+/g, '_')}-${process.version}.bin`)
  let cachedData
  try { cachedData = readFileSync(cacheFile) } catch {}
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData })
  const module = { exports: {} }
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file))
  if (!cachedData || script.cachedDataRejected) {
    // Several processes may load the same compiler at once: write a file of our own, then rename it.
    mkdirSync(dirname(cacheFile), { recursive: true })
    const partial = `${cacheFile}.${process.pid}`
    writeFileSync(partial, script.createCachedData())
    renameSync(partial, cacheFile)
  }
  return module.exports
}

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
    // The compiler's own lib files, and the declaration files of installed packages (Taro's types, which
    // a Taro project and its baseline both load): a parsed one serves every program with the same
    // target, as the language service's document registry shares them. The tests' own files are
    // parsed for each program.
    const shared = dirname(fileName) === libFolder || (/[\\/]node_modules[\\/]/.test(fileName) && fileName.endsWith('.d.ts'))
    if (!shared) return getSourceFile.call(host, fileName, target, ...rest)
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
  process.stdout.write(`### ${config}\n`)
  if (listFiles) {
    process.stdout.write(program.getSourceFiles().map(file => `${file.fileName}\n`).join(''))
    continue
  }
  const diagnostics = [...ts.getConfigFileParsingDiagnostics(parsed), ...(skipInstalled
    ? [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSourceFiles()
      .filter(file => !installed.test(file.fileName))
      .flatMap(file => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)])]
    : ts.getPreEmitDiagnostics(program))]
  const cwd = dirname(config)
  process.stdout.write(ts.formatDiagnostics(diagnostics, {
    getCurrentDirectory: () => cwd,
    getCanonicalFileName: fileName => fileName,
    getNewLine: () => '\n',
  }))
}
