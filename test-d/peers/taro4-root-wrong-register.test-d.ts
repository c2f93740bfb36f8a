// A wrong Register beside Taro 4's own typings: what Taro.uploadFile returns, a task typed UploadTaskOn
// and what UploadFileOn returns are each its RegisterProblem, so that no upload the package types is
// left unchecked; RegisteredVersion is never, as its hover docs say.
import Taro from '@tarojs/taro'
import { expectType } from 'tsd'
import type { RegisteredVersion, RegisterProblem, UploadFileOn, UploadTaskOn } from 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.3'
    platform: 'weapp'
  }
}

type Problem = RegisterProblem<'taro', '4.3', "a string: a line the probe executed, '3.3' to '4.2' (@tarojs/taro's types from 3.3 on), or a published release of one, such as '4.2.0'">
const option = { url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' }

expectType<Problem>(Taro.uploadFile(option))
declare const onWeapp: UploadTaskOn<'weapp'>
expectType<Problem>(onWeapp)
declare const uploadFileOn: UploadFileOn<'weapp'>
expectType<Problem>(uploadFileOn(option))
declare const version: RegisteredVersion
expectType<never>(version)

// The mistake it rejects: a helper typed UploadTaskOn using the task as if the registration were right.
// @ts-expect-error TS2339: abort is not on the RegisterProblem
onWeapp.abort()
