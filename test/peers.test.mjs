// The platforms' own typings in the same program as ours (programs/peer-*): listeners and tasks cross
// over both ways. The peers' own files are not checked (Taro 4's report hundreds of diagnostics of
// their own with skipLibCheck off); a clash with ours would show in our files or the test, which are.
import { join } from 'node:path'
import { check } from '../scripts/lib/check.mjs'
import { consumerDir, installedTarball, versionOf } from '../scripts/lib/consumer.mjs'
import { checkPrograms, compile } from '../scripts/lib/expect-errors.mjs'
import { programDir, programTitle } from '../scripts/lib/programs.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'

/** Each program and the devDependency whose typings it puts beside ours. */
const typingsOf = { 'peer-wechat': 'miniprogram-api-typings', 'peer-uni-app': '@dcloudio/types', 'peer-taro4': '@tarojs/taro', 'peer-taro4-root': '@tarojs/taro', 'peer-taro4-root-wrong-register': '@tarojs/taro', 'peer-vendors': '@mini-types/my' }
const peers = Object.keys(typingsOf)
let run // the programs compile in one process, started by the first of their checks
for (const name of peers) {
  check(`peers, TypeScript ${projectTsc.version} (programs/${name}, ${typingsOf[name]} ${versionOf(typingsOf[name])}): ${programTitle(name)} skipLibCheck off, no diagnostic in our files or the test`, async () => {
    run ??= checkPrograms(peers.map(programDir), projectTsc, { skipInstalled: true })
    return (await run).byDir.get(programDir(name)).problems
  })
}

check(`peers, TypeScript ${projectTsc.version} (programs/peer-taro4-global, @tarojs/taro ${versionOf('@tarojs/taro')}): the global entry beside Taro fails with TS2300 (duplicate 'Taro'), which is why /module exists`, async () => {
  // The message is matched, but it names no union: TypeScript's build info for this tarball may be reused.
  const [output] = await compile(projectTsc, [join(programDir('peer-taro4-global'), 'tsconfig.json')], { skipInstalled: true, incremental: installedTarball(consumerDir) })
  const collision = /taro-upload-task-types\/types\/global\.d\.ts\(\d+,\d+\): error TS2300: Duplicate identifier 'Taro'/
  return collision.test(output) ? [] : [`expected TS2300 in our global.d.ts, tsc said:\n${output.slice(0, 2000)}`]
})
