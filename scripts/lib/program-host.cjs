// What the two ways the tests build a program share: tsc-api.cjs (any compiler version with a JS API, in
// a process of its own) and programs.mjs (the project's compiler, in the test's process, for checks that
// read the checker). CommonJS, so that both can load it.
'use strict'

/** A tsconfig file parsed as `tsc -p` parses it (extends followed); a config that cannot be read throws. */
exports.parseConfig = (ts, config) => ts.getParsedCommandLineOfConfigFile(config, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: diagnostic => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')) },
})

/**
 * Makes host parse each installed declaration file (the compiler's own lib files, and installed packages'
 * `.d.ts`, such as Taro's types, which a Taro project and its baseline both load) once for every program
 * that uses the same cache and target, as the language service's document registry shares them. The
 * tests' own files are parsed for each program.
 */
exports.shareInstalledDeclarations = (host, cache) => {
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (fileName, target, ...rest) => {
    if (!(/[\\/]node_modules[\\/]/.test(fileName) && fileName.endsWith('.d.ts'))) return getSourceFile.call(host, fileName, target, ...rest)
    const key = `${fileName}|${JSON.stringify(target)}`
    if (!cache.has(key)) cache.set(key, getSourceFile.call(host, fileName, target, ...rest))
    return cache.get(key)
  }
  return host
}
