import { View, Text, Button } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { uploadPhoto } from '../../upload'
import './index.css'

export default function Index () {
  useLoad(() => {
    console.log('Page loaded.')
  })

  // Added to the CLI's page: pick a photo and upload it (src/upload.ts).
  const pick = async () => {
    const { tempFilePaths } = await Taro.chooseImage({ count: 1 })
    console.log(await uploadPhoto(tempFilePaths[0], percent => console.log(`${percent}%`)))
  }

  return (
    <View className='index'>
      <Text>Hello world!</Text>
      <Button onClick={pick}>Upload a photo</Button>
    </View>
  )
}
