// Taro 4.1 on H5 (data/runtime.json, 4.1 h5): headersReceive exists and gets the raw header string;
// progress and the on/off methods return undefined; abort ignores a callback. This project loads the
// package before Taro, in types/global.d.ts and in its imports: the order changes nothing.
import type { UploadTaskPromise } from 'taro-upload-task-types'
import Taro, { uploadFile } from '@tarojs/taro'

const option = { url: 'https://example.com/upload', filePath: 'blob:https://example.com/photo', name: 'file' }

const task: UploadTaskPromise<'4.1', 'h5'> = uploadFile(option)
task.headersReceive(({ header }) => console.log(header.split('\r\n')))
task.progress(({ progress }) => console.log(progress))
task.onHeadersReceived(({ header }) => console.log(header.length))
task.offHeadersReceived()
task.abort()
export const result = Taro.uploadFile(option).then(({ data }) => data)

// ---------------------------------------------------------------------------------------------
// Mistakes on H5.

// @ts-expect-error TS2339: progress() returns undefined on H5; it does not chain
task.progress(() => {}).then(() => {})

// @ts-expect-error TS2554: abort ignores its callback on H5
task.abort(() => {})

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceived never existed on H5
task.headersReceived(() => {})

// @ts-expect-error TS2339: the header is the raw string getAllResponseHeaders() returns, not an object
task.headersReceive(({ header }) => console.log(header.get('content-type')))

// Where the runtime contradicts Taro's own type, the runtime wins: H5 passes the header as a string.
// @ts-expect-error TS2322: onHeadersReceived's header is a string on H5, an object in Taro's type
export const annotated: Taro.UploadTask.UploadTaskPromise = task
