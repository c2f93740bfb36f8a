// 本项目的 Taro 版本与发布平台，登记一次。这个文件只含类型，不会被打包。
// This project's Taro version and the platforms it ships, registered once. Types only: never bundled.
import type {} from 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.2.1'
    platform: 'weapp' | 'h5'
  }
}
