/**
 * What must never reach a compiled page, in one place for both places that refuse it: the
 * content check before the build, and the MDX compiler itself (src/integrations/refuse-unsafe-mdx.ts),
 * so that nothing the check would refuse is compiled even when the check did not run.
 */
import { PAGE_COMPONENTS, TOOLKIT_COMPONENTS } from '../components/registry.ts';
import type { Problem } from '../errors/problem.ts';
import { isToolkitFile, type SourceFile } from './campaign-tree.ts';
import { checkCode } from './check-code.ts';
import { checkLinks } from './check-links.ts';

/** Code (imports, exports, expressions; allowed when the campaign sets `trustedCode`) and unsafe links in one MDX file. */
export function unsafeContentProblems(file: SourceFile, trustedCode: boolean): Problem[] {
  const components = isToolkitFile(file) ? TOOLKIT_COMPONENTS : PAGE_COMPONENTS;
  return [...(trustedCode ? [] : checkCode(file)), ...checkLinks(file, components)];
}
