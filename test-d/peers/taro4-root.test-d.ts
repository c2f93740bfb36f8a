// The root entry loaded through tsconfig "types", in a program without custom typeRoots, beside Taro 4's
// own typings: `Taro.uploadFile` returns the runtime type for the default line (4.2) and platform (weapp).
import Taro from '@tarojs/taro'
import { expectType } from 'tsd'
import type {
  Register,
  RegisteredLine,
  RegisteredPlatform,
  RegisteredUploadTask,
  RegisteredVersion,
  RegisterProblem,
  UnprobedPlatform,
  UploadFileOn,
  UploadTaskOn,
  UploadTaskPromise,
} from 'taro-upload-task-types'

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

// Every export of the root entry, named as code names it; with nothing registered, the newest line and WeChat.
declare const version: RegisteredVersion
expectType<'4.2'>(version)
declare const line: RegisteredLine
expectType<'4.2'>(line)
declare const platform: RegisteredPlatform
expectType<'weapp'>(platform)
declare const task: RegisteredUploadTask
expectType<UploadTaskPromise<'4.2', 'weapp'>>(task)
declare const onWeapp: UploadTaskOn<'weapp'>
expectType<UploadTaskPromise<'4.2', 'weapp'>>(onWeapp)
declare const uploadOnWeapp: UploadFileOn<'weapp'>
expectType<UploadTaskPromise<'4.2', 'weapp'>>(uploadOnWeapp(option))
expectType<(option: Taro.uploadFile.Option) => UploadTaskPromise<'4.2', 'weapp'>>(uploadOnWeapp)
export const quickapp: UnprobedPlatform = 'quickapp'
declare const problem: RegisterProblem<'taro', '4.3', 'a line the probe executed'>
expectType<{ readonly field: 'taro'; readonly value: '4.3'; readonly accepted: 'a line the probe executed' }>(problem)
export type Registered = keyof Register

// @ts-expect-error TS2554: UploadFileOn takes the option Taro's own uploadFile requires (url, filePath, name)
uploadOnWeapp()
