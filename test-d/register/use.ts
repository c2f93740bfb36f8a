// A Taro project's uses of an upload, under whatever register.d.ts registers (test/register.test.mjs).
import Taro from '@tarojs/taro'
import type { RegisteredPlatform, UploadTaskOn } from 'taro-upload-task-types'

const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' })
upload.abort()
export async function send(): Promise<string> {
  const { data } = await upload
  return data
}
// A helper typed for fewer platforms than the project registers (README, "Code for some platforms").
export function stop(task: UploadTaskOn<RegisteredPlatform>): void {
  task.abort()
}
