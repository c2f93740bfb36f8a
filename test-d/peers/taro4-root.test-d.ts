// The root entry loaded through tsconfig "types", in a program without custom typeRoots, beside Taro 4's
// own typings: `Taro.uploadFile` returns the runtime type for the default line (4.2) and platform (weapp).
import Taro from '@tarojs/taro'
import { expectType } from 'tsd'
import type { UploadTaskPromise } from 'taro-upload-task-types'

declare function log(...values: unknown[]): void
const option = { url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' }

const upload = Taro.uploadFile(option)
expectType<UploadTaskPromise<'4.2', 'weapp'>>(upload)
upload.progress(({ progress }) => log(progress)).then(({ statusCode }) => log(statusCode))
upload.offProgressUpdate()

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceive is not a function on WeChat
upload.headersReceive(() => {})

// A wrapper typed with Taro's own function type compiles, and under strict (noImplicitAny on) its parameter
// is Taro's option. (The Taro template turns noImplicitAny off; there the parameter is any, because this
// package adds a second signature to uploadFile.)
const full = (path: string) => `https://example.com${path}`
export const wrapped: typeof Taro.uploadFile = option => {
  expectType<Taro.uploadFile.Option>(option)
  return Taro.uploadFile({ ...option, url: full(option.url) })
}
