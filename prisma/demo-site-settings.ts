// Plausible fictional texts for the demo site's about, methodology and corrections pages. The
// organisation, its address and its funders are invented for this project.
export const DEMO_SITE_TEXTS = {
  about:
    'Cek Fakta Sukamaju is a small, independent fact-checking desk covering claims made in the news of West Sukamaju.\n\nWe check what public figures, agencies and media say, and publish every verdict with its evidence.',
  contactEmail: 'desk@cekfakta-sukamaju.example',
  ownership:
    'Cek Fakta Sukamaju is run by Yayasan Warta Terbuka, a non-profit foundation. No political party, government body or company owns a share of it or sits on its board.',
  funding:
    'In 2026 we were funded by reader donations (55%), a journalism training grant from the fictional Open Newsroom Fund (35%) and workshop fees (10%). No funder sees a verdict before it is published.',
  methodology:
    'How claims are chosen: we check statements of fact made in the news that many people read, that matter to the public, and that can be checked against evidence. We do not check opinions, promises or predictions. Readers can send us claims from the front page.\n\nHow a check is done: an editor gathers the evidence, asks the person or body quoted for their source, and writes an explanation that a reader can follow step by step.',
  correctionsPolicy:
    'When we get something wrong, we correct it openly. A corrected verdict says what changed, why, and when, at the top of its page, and is listed below. A second editor reviews every correction before it is published.\n\nTo report an error, use "Report an error" on the verdict page; we answer within three working days when you leave an address.',
  logoUrl: '',
};
