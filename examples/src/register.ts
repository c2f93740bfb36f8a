// This project's Taro line and the platforms it builds for, registered once.
import 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.2'
    platform: 'weapp' | 'h5'
  }
}
