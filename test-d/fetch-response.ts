// What awaiting an upload gives on React Native (test/runtime.test.mjs reads this in two programs, with
// and without the DOM lib).
import type { UploadResult } from 'taro-upload-task-types/module'

export declare const result: UploadResult<'4.2', 'rn'>
