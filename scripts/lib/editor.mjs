// What an editor shows, asked of TypeScript's LanguageService (the service tsserver, and so VS Code,
// runs) on a consumer file that gets the package the way users do (tsconfig "types"): completions after
// `task.`, hover on a method and on a result field, go-to-definition.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { parsedConfig, programDir } from './programs.mjs'

/** A LanguageService over the program of programs/<name>/tsconfig.json, reading files from disk. */
function languageService(name) {
  const parsed = parsedConfig(name)
  return ts.createLanguageService({
    getScriptFileNames: () => parsed.fileNames,
    getScriptVersion: () => '1',
    getScriptSnapshot: file => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)) : undefined),
    getCurrentDirectory: () => programDir(name),
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: options => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }, ts.createDocumentRegistry())
}

/** Returns the problems found (empty when the editor shows what users should see). */
export function checkEditor() {
  const file = join(programDir('editor'), 'test-d/editor/app.ts')
  const service = languageService('editor')
  const at = (text, plus = 0) => readFileSync(file, 'utf8').indexOf(text) + plus
  const problems = []

  const completions = service.getCompletionsAtPosition(file, at('onProgressUpdate'), {})
  const members = completions.entries.map(entry => entry.name).sort()
  const methods = ['abort', 'headersReceived', 'offHeadersReceived', 'offProgressUpdate', 'onHeadersReceived', 'onProgressUpdate', 'progress']
  if (members.join() !== methods.join()) problems.push(`completions after "task.": ${members.join(', ')}; expected ${methods.join(', ')}`)

  const hover = service.getQuickInfoAtPosition(file, at('onProgressUpdate'))
  const docs = ts.displayPartsToString(hover.documentation)
  const tags = (hover.tags ?? []).map(tag => `@${tag.name} ${ts.displayPartsToString(tag.text)}`)
  const display = ts.displayPartsToString(hover.displayParts)
  if (!/[\u4e00-\u9fff]/.test(docs) || !/Listen to upload progress/.test(docs)) problems.push(`hover on onProgressUpdate lacks the Chinese or English docs: ${docs}`)
  if (!tags.some(tag => tag.includes('https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html'))) {
    problems.push(`hover on onProgressUpdate lacks the official link: ${tags.join(' | ')}`)
  }
  if (!/onProgressUpdate\(callback: .*OnProgressUpdateCallback\): void/.test(display)) problems.push(`hover on onProgressUpdate shows ${display}`)

  const field = ts.displayPartsToString(service.getQuickInfoAtPosition(file, at('res.progress', 'res.'.length)).displayParts)
  if (!/progress: number$/.test(field)) problems.push(`hover on res.progress shows "${field}", not a number`)

  const landed = (service.getDefinitionAtPosition(file, at('UploadTask')) ?? []).map(definition => definition.fileName)
  if (landed.length === 0 || !landed.every(path => /node_modules[\\/]taro-upload-task-types[\\/]types[\\/][^\\/]+\.d\.ts$/.test(path))) {
    problems.push(`go-to-definition on Taro.UploadTask lands in ${landed.join(', ') || 'nothing'}, not the published declarations`)
  }
  service.dispose()
  return { problems, note: `completions: ${members.length} members; definition: ${landed.map(path => path.slice(path.indexOf('taro-upload-task-types'))).join(', ')}` }
}
