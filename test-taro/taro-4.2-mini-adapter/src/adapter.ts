// A library for the six mini programs and React Native. Its uploads go through an adapter chosen at
// runtime: the mini-program one below never runs on React Native, where the promise has no member
// (data/runtime.json, 4.2 rn). It narrows the platforms for one value, or for one file, with a type
// assertion: nothing is bundled for it.
import Taro from '@tarojs/taro'
import type { UploadFileOn, UploadTaskOn } from 'taro-upload-task-types'

type Mini = 'weapp' | 'alipay' | 'tt' | 'swan' | 'qq' | 'jd'
const option = { url: 'https://example.com/upload', filePath: 'wxfile://tmp/photo.jpg', name: 'file' }

export interface UploadAdapter {
  upload(filePath: string, onPercent: (percent: number) => void): Promise<string>
}

// One value: the task of this call, on the mini programs only.
export const miniAdapter: UploadAdapter = {
  async upload(filePath, onPercent) {
    const task = Taro.uploadFile({ ...option, filePath }) as UploadTaskOn<Mini>
    task.onProgressUpdate(({ progress }) => onPercent(progress))
    const { data } = await task.progress(() => {})
    return data
  },
}

// One file: every upload of this file, on the mini programs only.
const uploadFile = Taro.uploadFile as UploadFileOn<Mini>
export const abortable = (filePath: string) => {
  const task = uploadFile({ ...option, filePath })
  return () => task.abort(() => console.log('aborted'))
}

// React Native's adapter reads the fetch Response.
export const rnAdapter: UploadAdapter = {
  async upload(filePath) {
    const result = await Taro.uploadFile({ ...option, filePath })
    return 'data' in result ? result.data : result.text()
  },
}

// The adapter for the platform of this build (process.env.TARO_ENV in the app).
export const adapterFor = (platform: string): UploadAdapter => (platform === 'rn' ? rnAdapter : miniAdapter)

// ---------------------------------------------------------------------------------------------
// Mistakes.

// @ts-expect-error TS2739 (TS2684 before 7.0): without narrowing, onProgressUpdate is checked against React Native too, where it is undefined
Taro.uploadFile(option).onProgressUpdate(() => {})

// @ts-expect-error TS2344: 'h5' is not a registered platform, so it cannot be narrowed to
export type Web = UploadTaskOn<'h5'>

// @ts-expect-error TS2339: on the mini programs, the result is the success result, with no status (that is the Response's)
uploadFile(option).then(result => result.status)

// @ts-expect-error TS2554: the narrowed uploadFile takes the option Taro's own requires (url, filePath, name)
uploadFile()
