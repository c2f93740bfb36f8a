// README's setup is what examples/ does. `npm run example` installs, type-checks and builds that project
// with Taro's CLI (it takes minutes, so CI runs it on its own); this checks, without the network, that
// README shows it: the setup file whole, and an install command that names this version's tarball.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../scripts/lib/check.mjs'
import { root } from '../scripts/lib/consumer.mjs'
import { setupFile } from '../scripts/example.mjs'

const readme = readFileSync(join(root, 'README.md'), 'utf8')
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

check(`example: README's setup file is examples/${setupFile}, whole; README's install command installs ${name}-${version}.tgz, the tarball npm pack makes`, () => {
  const problems = []
  const marker = `<!-- setup file: examples/${setupFile}, checked by npm test -->`
  const at = readme.indexOf(marker)
  if (at === -1) problems.push(`README has no "${marker}" before its setup file`)
  else {
    const block = /```ts\n([\s\S]*?)\n\s*```/.exec(readme.slice(at))
    const shown = block?.[1].split('\n').map(line => line.replace(/^ {3}/, '')).join('\n')
    const file = readFileSync(join(root, 'examples', setupFile), 'utf8').trimEnd()
    if (shown !== file) problems.push(`README's setup file differs from examples/${setupFile}:\n--- README\n${shown}\n--- examples/${setupFile}\n${file}`)
  }
  const tarball = `${name}-${version}.tgz`
  const install = /npm install --save-dev (\S+)/.exec(readme)
  if (!install || !install[1].endsWith(`/${tarball}`)) problems.push(`README's install command should install ${tarball}; it says: ${install?.[0] ?? 'nothing'}`)
  if (!readme.includes(`npm pack `) || !readme.includes(`writes ${tarball}`)) problems.push(`README should say that npm pack writes ${tarball}`)
  return problems
})
