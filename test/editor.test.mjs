// The editor: TypeScript's LanguageService (what tsserver, and so VS Code, runs) on programs/editor, and
// the hover docs of the runtime type's members on TypeScript 5.9's LanguageService and 7's language server.
import { check } from '../scripts/lib/check.mjs'
import { checkEditor, checkRuntimeHoversLanguageServer, checkRuntimeHoversLanguageService } from '../scripts/lib/editor.mjs'
import { matrixTsc, projectTsc } from '../scripts/lib/typescript.mjs'

check(`editor, TypeScript ${projectTsc.version}'s LanguageService (programs/editor): completions after task. are the seven methods; hover shows Chinese and English docs, the official link, progress: number; go-to-definition lands in the published declarations`, () =>
  checkEditor())

check('editor, hover on every member of what Taro.uploadFile returns (programs/editor-runtime, weapp | h5): TypeScript 5.9.3\'s LanguageService shows each member\'s docs, and no union member twice', () =>
  checkRuntimeHoversLanguageService(matrixTsc('5.9.3').api))

check('editor, hover on every member of what Taro.uploadFile returns (programs/editor-runtime, weapp | h5): TypeScript 7.0.2\'s language server (tsc --lsp) shows each member\'s docs, and no union member twice', () =>
  checkRuntimeHoversLanguageServer(matrixTsc('7.0.2').command, '7.0.2'))
