// As users meet it: the Taro 4.2 project of examples/ (what `npm run example` runs).
import { check, packedTarball } from '../scripts/lib/check.mjs'
import { runExample } from '../scripts/example.mjs'

check('example: the Taro 4.2 project in examples/ compiles, every mistake in examples/mistakes/mistakes.ts is caught', async () => {
  const { ok, report } = await runExample(packedTarball().tarball)
  return ok ? [] : [report]
})
