// The editor: TypeScript's LanguageService (what tsserver, and so VS Code, runs) on programs/editor.
import { check } from '../scripts/lib/check.mjs'
import { checkEditor } from '../scripts/lib/editor.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'

check(`editor, TypeScript ${projectTsc.version}'s LanguageService (programs/editor): completions after task. are the seven methods; hover shows Chinese and English docs, the official link, progress: number; go-to-definition lands in the published declarations`, () =>
  checkEditor())
