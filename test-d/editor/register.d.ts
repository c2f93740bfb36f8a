// README's setup file, for weapp | h5.
import type {} from 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.2.1'
    platform: 'weapp' | 'h5'
  }
}
