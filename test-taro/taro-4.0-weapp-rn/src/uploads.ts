// Taro 4.0 on WeChat and React Native (data/runtime.json, 4.0): React Native returns a plain promise
// that resolves with the fetch Response, so no member exists on both, and the result must be narrowed.
import Taro from '@tarojs/taro'

const option = { url: 'https://example.com/upload', filePath: 'file:///tmp/photo.jpg', name: 'file' }

export async function send(): Promise<number> {
  const result = await Taro.uploadFile(option)
  return 'statusCode' in result ? result.statusCode : result.status
}

const task = Taro.uploadFile(option)
task.catch(() => console.log('failed'))

// ---------------------------------------------------------------------------------------------
// Mistakes: every member is `undefined` on React Native.

// @ts-expect-error TS2739 (TS2684 before 7.0): React Native's promise has no abort (NotAtRuntime<"abort", "rn", "4.0.3–4.0.12">)
task.abort()

// @ts-expect-error TS2739 (TS2684 before 7.0): nor progress
task.progress(() => {})

// @ts-expect-error TS2739 (TS2684 before 7.0): nor onProgressUpdate
task.onProgressUpdate(() => {})

// @ts-expect-error TS2339: React Native resolves with the Response, which has status, not statusCode
task.then(result => result.statusCode)

// Where the runtime contradicts Taro's own type, the runtime wins: React Native resolves with the Response.
// @ts-expect-error TS2322: the Response has no data, statusCode or errMsg
export const annotated: Taro.UploadTask.UploadTaskPromise = task
