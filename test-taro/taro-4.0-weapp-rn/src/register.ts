// The project's line and every platform it builds for, registered once.
import 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.0'
    platform: 'weapp' | 'rn'
  }
}
