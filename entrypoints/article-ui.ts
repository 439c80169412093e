import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { inPageRenderers } from '../components/in-page-renderers';
import { offerInPageRenderers } from '../lib/page/ui-code-handoff';

/**
 * Diplomark's in-page UI (the toolbar, hover cards and the reader's notes, drawn with Preact), loaded by
 * the background into a page whose article code has found the article and sent its text for recognition
 * (lib/recognition/recognition-handler.ts): it hands its renderers to the article code and does nothing else.
 */
export default defineUnlistedScript(() => {
  offerInPageRenderers(inPageRenderers);
});
