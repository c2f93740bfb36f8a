// Each platform's own task, beside its vendor's own typings: on Alipay a listener receives Alipay's
// progress event and the upload resolves with Alipay's result; on Douyin the task has no header
// events. (data/platforms.json is read from these typings; the probe ran Taro against fakes built from it.)
import type { uploadFile as douyinUploadFile } from '@douyin-microapp/typings/api/upload-file'
import type { UploadTaskPromise } from 'taro-upload-task-types/module'

declare function log(...values: unknown[]): void
declare const alipay: UploadTaskPromise<'4.2', 'alipay'>
declare const tt: UploadTaskPromise<'4.2', 'tt'>
declare const weappOrAlipay: UploadTaskPromise<'4.2', 'weapp' | 'alipay'>

// A listener typed with Alipay's own typings works on ours, and ours reads Alipay's fields.
const theirs: Parameters<my.UploadTask['onProgressUpdate']>[0] = ({ progress, totalBytesWritten }) => log(progress, totalBytesWritten)
alipay.onProgressUpdate(theirs)
alipay.offProgressUpdate(theirs)
alipay.progress(({ totalBytesWritten, totalBytesExpectedToWrite }) => log(totalBytesWritten / totalBytesExpectedToWrite))

// Alipay's success result: data, statusCode and the response header.
export async function sendOnAlipay(): Promise<string> {
  const { data, statusCode, header } = await alipay
  log(statusCode, header['content-type'])
  return data
}

// Douyin's listener type works on ours; its task's two methods are there.
const douyinProgress: Parameters<ReturnType<typeof douyinUploadFile>['onProgressUpdate']>[0] = ({ totalBytesSent }) => log(totalBytesSent)
tt.onProgressUpdate(douyinProgress)
tt.abort()

// WeChat or Alipay: the field both deliver.
weappOrAlipay.onProgressUpdate(({ progress }) => log(progress))

// ---------------------------------------------------------------------------------------------
// Mistakes

// @ts-expect-error TS2339: WeChat's field; Alipay's progress event calls it totalBytesWritten
alipay.onProgressUpdate(({ totalBytesSent }) => log(totalBytesSent))

// @ts-expect-error TS2339: Alipay's field, which WeChat does not deliver
weappOrAlipay.onProgressUpdate(({ totalBytesWritten }) => log(totalBytesWritten))

export async function readErrMsgOnAlipay(): Promise<string> {
  // @ts-expect-error TS2339: Alipay's success result has no errMsg
  const { errMsg } = await alipay
  return errMsg
}

// @ts-expect-error TS2739 (TS2684 before 7.0): Douyin's task has no onHeadersReceived, so Taro copies none
tt.onHeadersReceived(() => {})
