// What awaiting an upload gives on React Native (test/runtime.test.mjs reads this in two programs, with
// and without the DOM lib).
import type { UploadResult } from 'taro-upload-task-types/module'

export declare const result: UploadResult<'4.2', 'rn'>
// An inferred copy, as a library's helper would export it: its emitted declaration must name the type.
export const copy = result
