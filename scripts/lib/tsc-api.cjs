// Compiles several programs with one TypeScript version in one process, through its compiler API,
// the way `tsc -p <config> --pretty false` does: the same config parsing, the same pre-emit
// diagnostics, the same output format. Loading the compiler and parsing the lib files happen once
// instead of once per program, which is most of the time a small program takes.
//   node tsc-api.cjs [--list-files] [--skip-installed] [--incremental=<key>] <path to typescript.js> <config file> ...
// For each config, prints a line "### <config file>" and then its diagnostics (or, with --list-files,
// the files of the program, one per line, without checking them). With --skip-installed, the files of
// installed packages (under node_modules) are not checked, except taro-upload-task-types' own: what
// they report is checked elsewhere, and checking them is most of a Taro project's time.
// With --incremental=<key>, each program is TypeScript's incremental program (`tsc --incremental
// --noEmit`): its build info, kept in .tsbuildinfo/ beside the config per compiler version and key,
// lets the next run with the same key recheck only the files whose content, or whose dependencies'
// content, changed, and replay the rest's diagnostics. The caller's key is the hash of the installed
// tarball: a new build of this package starts from no build info at all, so that no file is left
// unchecked because TypeScript did not see that a change of ours reaches it (a module augmentation does
// not make the augmented module's importers depend on it). The checker may meet types in another
// order than a full check does, so a union in a message may list its members in another order: use it
// where messages are not compared.
'use strict'
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('fs')
const Module = require('module')
const { basename, dirname, join } = require('path')
const vm = require('vm')
const { parseConfig, shareInstalledDeclarations } = require('./program-host.cjs')

const flags = process.argv.slice(2).filter(arg => arg.startsWith('--'))
const [listFiles, skipInstalled] = ['--list-files', '--skip-installed'].map(flag => flags.includes(flag))
const incremental = flags.find(flag => flag.startsWith('--incremental='))?.slice('--incremental='.length)
const [typescriptPath, ...configs] = process.argv.slice(2 + flags.length)
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

/** The build info file of a config for this compiler and key; the config's others for this compiler go. */
function buildInfoFile(config) {
  const folder = join(dirname(config), '.tsbuildinfo')
  const prefix = `${ts.version}-${basename(config, '.json')}-`
  mkdirSync(folder, { recursive: true })
  for (const old of readdirSync(folder).filter(name => name.startsWith(prefix) && name !== `${prefix}${incremental}.tsbuildinfo`)) rmSync(join(folder, old), { force: true })
  return join(folder, `${prefix}${incremental}.tsbuildinfo`)
}

const declarations = new Map() // shared by every program of this process (see program-host.cjs)

for (const config of configs) {
  const parsed = parseConfig(ts, config)
  const options = incremental ? { ...parsed.options, incremental: true, noEmit: true, tsBuildInfoFile: buildInfoFile(config) } : parsed.options
  // The incremental host records a hash of each file's text as its version, which the build info compares.
  const host = shareInstalledDeclarations(incremental ? ts.createIncrementalCompilerHost(options) : ts.createCompilerHost(options), declarations)
  const input = {
    rootNames: parsed.fileNames,
    options,
    projectReferences: parsed.projectReferences,
    host,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  }
  const program = incremental ? ts.createIncrementalProgram(input) : ts.createProgram(input)
  process.stdout.write(`### ${config}\n`)
  if (listFiles) {
    process.stdout.write(program.getSourceFiles().map(file => `${file.fileName}\n`).join(''))
    continue
  }
  // What `tsc` reports before it emits (ts.getPreEmitDiagnostics, which takes a plain program only).
  const checked = skipInstalled ? program.getSourceFiles().filter(file => !installed.test(file.fileName)) : [undefined]
  const diagnostics = ts.sortAndDeduplicateDiagnostics([
    ...ts.getConfigFileParsingDiagnostics(parsed), ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(),
    ...checked.flatMap(file => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ])
  if (incremental) program.emit() // with noEmit, this writes the build info only
  const cwd = dirname(config)
  process.stdout.write(ts.formatDiagnostics(diagnostics, {
    getCurrentDirectory: () => cwd,
    getCanonicalFileName: fileName => fileName,
    getNewLine: () => '\n',
  }))
}
