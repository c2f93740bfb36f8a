// The project's line and every platform it builds for, registered once.
import 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.1'
    platform: 'h5'
  }
}
