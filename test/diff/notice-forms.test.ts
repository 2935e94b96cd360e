// One row per way of speaking the recogniser must know (or must not mistake for a notice), each
// named after the quirk it pins. The particulars are invented; the forms are real (see
// test/fixtures/notices for the sourced corpus).
import { describe, expect, it } from 'vitest';
import { locateNotices, ownItemChange, versionChange } from '../../src/diff/index.js';
import { carriesNotice } from '../../src/shared/notices/index.js';
import type { ArticleText, NoticeKind } from '../../src/types.js';

const BODY = ['MANILA, Philippines \u2013 The two defence ministers signed the pact on Monday.', 'It still needs the approval of parliament.'];

function kindsOf(a: ArticleText): NoticeKind[] {
  return locateNotices(a, { allHeadlineTags: true }).map((n) => n.kind);
}

const foot = (text: string): ArticleText => ({ title: 'Pact signed', paragraphs: [...BODY, text] });
const top = (text: string): ArticleText => ({ title: 'Pact signed', paragraphs: [text, ...BODY] });

describe('notices written as prose about the article', () => {
  it.each<[string, string, NoticeKind]>([
    ['story-originally-said', 'This story originally said the pact was signed in Tokyo.', 'correction'],
    ['article-on-day-misquoted', 'An article on Thursday about the pact misquoted the foreign minister.', 'correction'],
    ['we-stated-then-short-restatement', 'In an article published in March we stated that the minister had resigned. He had not.', 'correction'],
    ['our-review-incorrectly-referred', 'Our review of the festival incorrectly referred to the director as Ann Lee.', 'correction'],
    ['earlier-draft-of-this-article', 'In an earlier draft of this article, the date of the vote was wrong.', 'correction'],
    ['earlier-versions-of-this-graphic', 'Earlier versions of this graphic showed the wrong border.', 'correction'],
    ['editing-error-previous-version', 'Because of an editing error, in a previous version the minister was named as his deputy.', 'correction'],
    ['wire-corrective-own-words', 'In a story on May 9, The Associated Press erroneously reported that the talks had collapsed.', 'correction'],
    ['we-have-removed-the-article', 'We have removed the article because its central claim could not be verified.', 'retraction'],
    ['we-removed-the-content', 'We removed the content of this story after the source withdrew his account.', 'retraction'],
    ['outlet-regrets-the-error', 'The Herald regrets the error.', 'correction'],
    ['asked-us-to-clarify', 'The ministry has asked us to clarify that the figures were provisional.', 'clarification'],
    ['earlier-version-did-not-make-clear', 'An earlier version of this article did not make clear that the Senate must concur.', 'clarification'],
    ['this-is-a-corrected-version', 'This is a corrected version of a story first published on May 3.', 'correction'],
    ['the-article-that-appeared-here-removed', 'The article that previously appeared here has been removed.', 'retraction'],
    ['this-version-corrects', 'This version corrects the spelling of the minister\u2019s name.', 'correction'],
  ])('%s', (_name, text, kind) => {
    expect(kindsOf(foot(text))).toEqual([kind]);
  });
});

// Issue 15, second round: subject rows × predicate rows that the held part taught (the particulars
// are invented; each form is one of held/'s).
describe('prose notices: cited pieces, outlets by name, platform versions', () => {
  it.each<[string, string, NoticeKind]>([
    ['dated-piece-claim-then-fact', 'An Oct. 14 story about the port said the berth opened in 2019. It opened in 2021.', 'correction'],
    ['two-dated-pieces-claim', 'Two Sept. 12 articles on the envoy, Ana K. Ruiz, said she is a member of the panel. Her office says she never was.', 'correction'],
    ['section-item-claim-run-in-heading', 'Pact venue: An item in the World Briefing in Tuesday\u2019s Section A said the pact was signed in Cebu, Phil. It was signed in Manila.', 'correction'],
    ['quoted-title-dated-in-brackets', 'The town is Baleswar. A report \u201CShelters readied on the coast\u201D (August 12, 2017) gave it as Balasore.', 'correction'],
    ['piece-dated-after-left-impression', 'A review of the film \u201CHarbour\u201D on June 2 left the impression that its director had died.', 'correction'],
    ['modal-in-the-corrected-fact', 'An Oct. 14 story about the pact should have said the accord can be extended by two years.', 'correction'],
    ['it-was-reported-in-our-newscast', 'It was erroneously reported in the 6 p.m. newscast on March 9 that the minister had resigned.', 'correction'],
    ['cited-broadcast-in-fact', 'World Tonight, Radio 4, 3 May 2022 In a report on the pact a graphic showed the wrong border. In fact the border runs further north.', 'correction'],
    ['cited-broadcast-someone-clarifies', 'In a report \u201CPact signed\u201D (August 12, 2017, page 1) it was mentioned that the navy led the talks. A ministry official clarifies that the talks were led by diplomats.', 'clarification'],
    ['platform-version-corrected', 'The iPlayer version has been corrected to reflect this.', 'correction'],
    ['which-is-not-correct', 'The audio of this story says the pact took effect on signing, which is not correct.', 'correction'],
    ['we-reported-but-the-actual', 'We reported that 300 troops would take part. But the plan changed, and the actual number was about a third of that.', 'correction'],
    ['more-accurate-to-say', 'This programme suggested that the pact is in force. It would have been more accurate to say that it awaits ratification.', 'clarification'],
    ['this-part-of-the-article-in-error', '(Update: This part of the article is in error. The ministry says no vote took place.)', 'correction'],
    ['dated-outlet-incorrectly-identified', 'World Desk: On February 2 the Example News channel incorrectly identified the envoy as the former president.', 'correction'],
    ['outlet-is-withdrawing', 'Reuters is withdrawing a March 4 story in which an official was quoted as saying the pact had lapsed.', 'retraction'],
    ['outlet-removed-ours', 'As a result, EXAMPLE NEWS removed 11 articles from its website for not meeting our standards.', 'retraction'],
    ['outlet-wishes-to-clarify-after-and', 'On June 6 it was stated that the treaty needs no vote. This is inaccurate and Example News wishes to clarify that it does.', 'clarification'],
    ['outlet-offers-clarification', 'EXAMPLE TV wishes to offer clarification regarding a story that appeared last month on our website.', 'clarification'],
    ['error-in-our-piece', 'Three readers pointed out a factual error in my series on the talks published last week.', 'correction'],
    ['we-apologise-profoundly', 'We apologise profoundly to our readers and the minister for the error.', 'correction'],
    ['come-to-our-notice-deleted', 'It has since come to our notice that the claim was false, and we have deleted the tweet.', 'retraction'],
    ['corrected-from-the-original', 'The name of the envoy was corrected from the originally misspelled Ruis.', 'correction'],
    ['typos-corrected', 'A few typos have been corrected, and two dates were given more precisely.', 'correction'],
    ['mandatory-kill', 'MANDATORY KILL - Please take it off your systems.', 'retraction'],
    ['correction-was-broadcast', 'An on-air correction was broadcast after the program incorrectly reported the date of the vote.', 'correction'],
    ['clarification-notice-was-added', 'A clarification notice was added to the story about footage of the signing.', 'clarification'],
    ['editors-note-passages-removed', 'Editor\u2019s note: Several passages have been removed from this story because their source invented them.', 'correction'],
    ['we-apologise-to-those-affected', 'We apologize to anyone who was affected by the story.', 'editors-note'],
    ['cited-photo-did-not-show', 'The photograph accompanying the interview, \u201CPact talks\u201D (World page, Jul. 9, 2015) did not show the envoy. The online edition did not have this problem.', 'correction'],
  ])('%s', (_name, text, kind) => {
    expect(kindsOf(foot(text))).toEqual([kind]);
  });

  it('reads "named-label" and an update segment in a headline', () => {
    expect(kindsOf(foot('EXTV Clarification Thursday, March 12, 2009 at 5:10 p.m. The story suggested the two had met.'))).toEqual(['clarification']);
    expect(kindsOf({ title: 'Open thread: the pact vote; Update: Senate approves', paragraphs: BODY })).toEqual(['update']);
  });
});

describe('labels', () => {
  it.each<[string, string, NoticeKind]>([
    ['starred-label', '***Correction*** An earlier version misstated the date.', 'correction'],
    ['label-with-date-and-time', 'Correction, July 11, 3:49 p.m.: The vote was on Tuesday.', 'correction'],
    ['a-correction-was-made', 'A correction was made on July 11: the vote was on Tuesday.', 'correction'],
    ['correction-notice-caps', 'CORRECTION NOTICE: The ceremony took place in Manila.', 'correction'],
    ['retraction-dated', 'Retraction 3 June: The story on the pact was published in error.', 'retraction'],
    ['updated-on-date-at-time', 'Updated on Nov. 23 at 3:10 p.m.: Adds the minister\u2019s comments.', 'update'],
    ['caps-label-same-paragraph', 'CORRECTION The agreement was signed on Monday, not Sunday.', 'correction'],
    ['editors-note-updated-to-correct', 'Editor\u2019s note: This story was updated to correct the name of the negotiator.', 'correction'],
    ['editors-note-published-in-error', 'Editors\u2019 note: This piece was published in error and has been removed.', 'retraction'],
    ['wire-advisory-withdrawn', 'ADVISORY: The story slugged PACT-SIGNING is withdrawn. There will be no substitute.', 'retraction'],
    ['editors-note-previous-version', 'Editor\u2019s note: A previous version of this story gave the wrong date for the vote.', 'correction'],
    ['dated-update-label', 'March 6 update: The ministry has since confirmed the date.', 'update'],
    ['editors-note-with-date-in-parentheses', 'Editor\u2019s Note (Nov 3): This story has been updated with the final vote count.', 'update'],
    ['originally-published-then-updated', 'This article was originally published on March 3 and updated on March 5 to include comments.', 'update'],
  ])('%s', (_name, text, kind) => {
    expect(kindsOf(top(text))).toEqual([kind]);
  });

  it('a bare UPDATE heading takes the next paragraph as its note', () => {
    const found = locateNotices({ title: 'Pact', paragraphs: [...BODY, 'UPDATE', 'The Senate voted on Tuesday.'] });
    expect(found.map((n) => [n.kind, n.note])).toEqual([['update', 'UPDATE The Senate voted on Tuesday.']]);
  });
});

describe('brackets, datelines and headlines', () => {
  it.each<[string, ArticleText, NoticeKind]>([
    ['paren-that-opens-with-a-version', foot('(A previous version of this story gave the wrong date for the vote.)'), 'correction'],
    ['paren-editors-note', foot('(Editor\u2019s note: this story was updated with the minister\u2019s comments.)'), 'update'],
    ['attn-advisory-under-ld-headline', { title: '(2nd LD) Pact signed', paragraphs: ['(ATTN: UPDATES 5th para with ratification date)', ...BODY] }, 'update'],
    ['dateline-tag', { title: 'Pact signed', paragraphs: ['MANILA, Philippines (UPDATED) \u2013 The two ministers signed the pact.', BODY[1]!] }, 'update'],
    ['dateline-tag-as-its-own-line', { title: 'Pact signed', paragraphs: ['MANILA, Philippines (UPDATED) \u2013', ...BODY.slice(1)] }, 'update'],
    ['tag-right-after-the-dateline', { title: 'Pact signed', paragraphs: ['MANILA, Philippines \u2014 (UPDATE 2, 6:45 p.m.) The two ministers signed the pact.', BODY[1]!] }, 'update'],
    ['dateline-update-counter', { title: 'Pact signed', paragraphs: ['(Update 1, 6:45 p.m.) \u2014 The two ministers signed the pact.', BODY[1]!] }, 'update'],
    ['square-bracket-notice', foot('[This story was updated Monday with reaction from Tokyo.]'), 'update'],
    ['headline-names-itself-an-apology', { title: '\u2018Teapot ban\u2019 - an apology', paragraphs: BODY }, 'correction'],
    ['square-bracket-headline-tag', { title: '[UPDATED] Pact signed', paragraphs: BODY }, 'update'],
    ['story-verb-in-parentheses', foot('(Story corrects paragraph 3 to show the vote was on Tuesday)'), 'correction'],
    ['wire-line-without-brackets', foot('CORRECTS: name of minister in paragraph 3'), 'correction'],
  ])('%s', (_name, a, kind) => {
    expect(kindsOf(a)).toContain(kind);
  });
});

// Issue 15, fourth round: the forms the fresh part taught (the particulars are invented; each form
// is one of fresh/'s).
describe('fresh forms: titled and cited pieces, concessions, removals, labels', () => {
  it.each<[string, string, NoticeKind]>([
    ['note-corrected-on-date', 'Note: Corrected on August 14, 2026', 'correction'],
    ['a-correction-was-carried-out-mid-paragraph', 'The comment was published online on March 2. The same day a correction was carried out and the ministry\u2019s name was removed.', 'correction'],
    ['report-titled-dated-stated-incorrectly', 'The report \u201CPact talks resume\u201D last Thursday stated incorrectly that the envoy had resigned. He has not.', 'correction'],
    ['editors-note-previous-version-reported', 'Editor\u2019s Note: A previous version of this story reported the pact was signed in Tokyo.', 'correction'],
    ['introduction-to-a-report-in-fact', 'An introduction to a report on how ports are preparing for the pact said tariffs had been cut. In fact they remain in place.', 'correction'],
    ['outlet-dated-in-brackets-more-accurate', 'The Example News (June 6) published a headline stating \u201CPact signed\u201D. The more accurate position is that it was initialled.', 'correction'],
    ['we-did-not-make-it-clear', 'We reported last week (Pact signed) that the ministers signed the accord. We did not make it clear that only the defence ministers signed.', 'clarification'],
    ['we-would-like-to-apologise-for-our-mistake', 'We would like to apologise for our mistake and our late correction.', 'correction'],
    ['never-as-we-reported', 'March 9 \u2013 Ana Ruiz. Ana Ruiz was never an adviser to the minister as we reported yesterday in \u201CWho signs the pact\u201D.', 'correction'],
    ['we-accept-it-was-not', 'Okay, we accept that it wasn\u2019t the defence minister who said \u201Cthe pact is done\u201D. It was his deputy.', 'correction'],
    // Apologising for publishing the claims at all takes the piece back: a retraction (fresh-04-006's label).
    ['name-apologises-for-publishing', 'The Example Courier unreservedly apologises to the minister and to its readers for publishing these claims.', 'retraction'],
    ['apology-to-a-named-person', 'Apology to Ms Ruiz. In the Example News on March 3 a photograph of Ms Ruiz was captioned with a nickname. The Example News unreservedly apologises to her for any embarrassment.', 'correction'],
    ['we-have-since-withdrawn', 'We have since withdrawn the online article and removed the programme from our podcast feed.', 'retraction'],
    ['we-should-make-clear', 'In a question to the minister we said there were \u201Cno tariffs\u201D. We should make clear that the pact does set tariffs on steel.', 'clarification'],
    ['last-weeks-paper-should-have-read', 'Last week\u2019s Example News reported that the pact covers porters. This, of course, should have read \u2018painters\u2019. Our apologies for any offence this typographical error may have caused.', 'correction'],
    ['story-with-a-clause-taken-down', 'A mistake led to the publication of an invented story. The story, written during a training session, has been taken down.', 'retraction'],
    ['it-was-removed-from-our-website', 'A cartoon published on 14 June did not meet our editorial standards. It was removed from our website the same day.', 'retraction'],
    ['undisclosed-ties-are-a-note', 'It has come to our attention that the author of the article failed to disclose his financial ties to two arms makers.', 'editors-note'],
    ['second-update-label', 'SECOND UPDATE, 11:20AM: The ministry has now confirmed the date of the vote.', 'update'],
    ['numbered-update-label', 'UPDATE2: The other party has again updated its statement.', 'update'],
    ['stamp-then-updated', 'June 3, 2026, 7:41 pm Updated on June 4, 2026, 10:05 am', 'update'],
  ])('%s', (_name, text, kind) => {
    expect(kindsOf(foot(text))).toEqual([kind]);
  });

  it.each<[string, string]>([
    ['capital-tag-closing-a-headline', 'Japan and Philippines Sign Pact UPDATED'],
    ['wire-slug-write-through', 'BC-AP Pact Advisory 6:30,2nd Ld-Writethru'],
  ])('%s', (_name, title) => {
    expect(kindsOf({ title, paragraphs: BODY })).toEqual(['update']);
  });

  it.each<[string, string]>([
    ['another-paper-the-newspaper-falsely', 'In an article that lists our site among foreign blogs said to spread rumours, the newspaper falsely describes our editor as anonymous.'],
    ['this-years-list', 'A misspelled \u201Ccorrection\u201D made it onto this year\u2019s list of newspaper corrections; this one is way down the list.'],
    ['style-guide-update-note', 'Update: new material substantially advances the story; we add an Update note with a timestamp.'],
    ['reader-misquoted-in-a-column', 'I was astonished to be misquoted in last week\u2019s column. Our paper is called The Evening Star.'],
  ])('not a notice: %s', (_name, text) => {
    expect(kindsOf(foot(text))).toEqual([]);
    expect(kindsOf(top(text))).toEqual([]);
  });
});

// Issue 15, fourth round, second part: the forms dev2/ taught (invented particulars, dev2/'s forms).
describe('dev2 forms: editors under letters, readers who alerted us, bloggers, broadcasters', () => {
  it.each<[string, string, NoticeKind]>([
    ['editor-under-a-letter', 'Note: This is our mistake. Please accept our apologies. -- Editor', 'correction'],
    ['a-reader-alerted-us', 'On Tuesday, we reported that the pact was signed in Cebu. Yesterday a conscientious reader alerted us to a correction the ministry had posted. Thank you to our readers for helping us get the story right.', 'correction'],
    ['quoted-title-with-date-in-brackets', 'In \u201CNight Shift\u201D (March 3rd), the envoy\u2019s remarks were wrongly used to describe the talks in Manila.', 'correction'],
    ['asked-by-someone-to-clarify', 'One of our live contributors wrongly said the group had signed the pact. We corrected that statement on the night and have been asked by the group to clarify that it never signed.', 'clarification'],
    ['a-blogger-deleted-the-post', 'Two days ago, I published a post that I have just deleted. I have deleted the post entirely.', 'retraction'],
    ['bare-apologies-for-the-mistake', 'My remark in a recent post that the minister had resigned turns out not to be true. Apologies for the mistake.', 'correction'],
    ['outlet-would-like-to-express-an-apology', 'The Example Post would like to express an apology for its decision to use the word \u201Cswarm\u201D in a headline on the pact.', 'correction'],
    ['the-online-story-was-removed', 'The report was a serious error of judgment. The online story was removed as soon as a senior editor saw it.', 'retraction'],
    ['taken-down-corrected-and-reuploaded', 'This morning\u2019s podcast, as first posted, included a mistake. This podcast has been taken down, been corrected, and been re-uploaded.', 'correction'],
    ['correction-and-clarification-heading', 'Correction and Clarification. In my post on the pact I named the Senate, when it was actually the House.', 'correction'],
  ])('%s', (_name, text, kind) => {
    expect(kindsOf(foot(text))).toEqual([kind]);
  });

  it.each<[string, string]>([
    ['a-report-of-someones-apology', 'The Harbor City Courier apologized to its readers and the Mariners on Tuesday after mistakenly running an editorial on the pact.'],
    ['after-someone-published', 'After publishing an inaccurate article on page 5, the Daily Express buried an apology on page 33.'],
    ['another-outlets-named-piece', 'The Washington Post article with a photo of the defence minister incorrectly identified as the president.'],
    ['a-letter-writer', 'I am writing this letter to correct some misquotes that appeared in the article on the pact (July 23, page 20).'],
    ['the-paper-first-reported', 'In an editor\u2019s note following the letter, it was pointed out that the paper first reported the pact in an article on March 2.'],
    ['a-publication-acknowledged', 'The paper acknowledged that the original version of the article was significantly inaccurate, but argued that it had been corrected promptly.'],
    ['an-ombudsman-narrates-a-correction', 'A photo caption identified the envoy as a navy officer. A reader pointed out that he was in the army. A correction ran, but more than 10 weeks later.'],
    ['before-the-paper-printed-a-correction', 'A story about the pact put the cost at $1.2 million. A reader noted it should have been $1.2 billion. But it was nearly three weeks before the paper printed a correction.'],
  ])('not a notice: %s', (_name, text) => {
    expect(kindsOf(foot(text))).toEqual([]);
    expect(kindsOf(top(text))).toEqual([]);
  });
});

describe('not notices', () => {
  it.each<[string, string]>([
    ['someone-else-corrected-figures', 'The ministry corrected its figures on Tuesday.'],
    ['someone-else-issued-a-correction', 'The newsletter issued a correction on Saturday after misidentifying a senator.'],
    ['quoted-speech', '\u201CWe apologize for the error, and it was removed from the website,\u201D the press secretary said.'],
    ['policy-conditional', 'If a story has been updated, we place a notation in the story.'],
    ['policy-future', 'A post will be labelled as disputed if fact-checkers rate it false.'],
    ['accurate-at-press-time', 'This story was accurate at press time.'],
    ['generated-automatically', 'This story was generated automatically from official data.'],
    ['newsletter-plug', 'Sign up for our newsletter to get the latest updates in your inbox.'],
    ['interview-someone-said-false', 'In an interview, the minister said the reports were false.'],
    ['earlier-version-of-a-bill', 'An earlier version of the bill passed the House in May.'],
    ['someone-elses-wire-story', 'In some early versions of the wire story, which was updated several times, the officer referred to fires.'],
    ['third-party-removal-by', 'The video was removed by YouTube for violating its policies.'],
    ['credit-line', '(Reporting by Ana Cruz; Editing by Tom Hale)'],
    ['corrected-version-of-a-plan', 'A corrected version of the plan was submitted to parliament.'],
    ['corrects-course-is-not-a-wire-line', 'Corrects course after a bad quarter, the company said.'],
    ['as-we-reported-then-a-fact', 'As we reported on Monday, the pact was signed. It was the first such deal.'],
    ['story-will-be-updated', 'This story will be updated as more information becomes available.'],
    ['ministry-apologises-for-the-error', 'Ministry apologises for the error in exam results'],
    ['platform-removed-the-video', 'YouTube has removed the video, citing its policies.'],
    ['outlet-regret-reported-by-spokesperson', 'CNN regrets the error, a spokesperson said.'],
    ['corrections-officers', 'CORRECTIONS OFFICERS WALK OUT'],
    ['update-on-the-talks-heading', 'Update on the talks: negotiators meet again'],
    // A label must label: a sentence about the word is no notice.
    ['definition-of-the-word-clarification', 'A clarification, unlike a correction, explains a statement that was right but unclear.'],
    ['definition-of-the-word-correction', 'A correction is published when a fact in a story was wrong.'],
    // Cited claims that are someone else's, or alone in their paragraph.
    ['dated-report-by-someone-said', 'A Nov. 3 report by Amnesty said the camps were overcrowded. The government rejected the figure.'],
    ['dated-edition-of-another-paper', 'The Tuesday edition of the Daily Post said the deal was near. Officials denied it.'],
    ['dated-study-said', 'A March 4 study said the reef was recovering. Other scientists disagreed.'],
    ['dated-article-said-alone', 'A March 4 article said the talks would resume.'],
    ['interview-on-page-said', 'In an interview on page 3 of the weekend magazine, the minister said the pact was dead. He later retracted nothing.'],
    ['other-outlet-online-version-altered', 'I emailed the editor, and now the online version of the story has been altered.'],
    ['other-outlet-retracted-past', 'The Associated Press on Wednesday night retracted a story by a state reporter.'],
    ['newspaper-removed-stories', 'The newspaper has removed 11 stories from its website after an audit.'],
    ['someone-withdraws-a-suggestion', 'The minister withdraws any such suggestion, his office said on Tuesday.'],
    ['cash-withdrawals', 'The bank clarified that the fee applies only to cash withdrawals made abroad.'],
    ['agency-corrected-a-figure-from', 'The agency said the figure was corrected from 3 per cent to 2.5 per cent.'],
    ['typos-in-a-bill', 'Lawmakers said errors in the bill had been corrected before the vote.'],
    ['update-on-software', 'The company will update the software; the update was corrected last week.'],
  ])('%s', (_name, text) => {
    expect(kindsOf(foot(text))).toEqual([]);
    expect(kindsOf(top(text))).toEqual([]);
  });
});

describe('extract and diff share the vocabulary', () => {
  it.each(['Updated at 9 p.m. EDT (0100 UTC).', 'Updated: Nov. 23, 2026, 3:10 p.m.', 'Published: Tuesday, March 8 Updated: Tuesday, March 8, 10:15 AM'])(
    'a bare time stamp of an update is a notice to both: %s',
    (stamp) => {
      expect(carriesNotice(stamp)).toBe(true);
      expect(kindsOf(foot(stamp))).toEqual(['update']);
    },
  );
});

describe('correction records', () => {
  it('never list the byline that one fetch kept and the next did not', () => {
    const v1: ArticleText = { title: 'Pact signed', paragraphs: ['By Staff Writers', ...BODY, 'The vote was on Monday.'] };
    const v2: ArticleText = { title: 'Pact signed', paragraphs: [...BODY, 'The vote was on Tuesday.', 'This story has been corrected to show the vote was on Tuesday.'] };
    const c = versionChange(v1, v2);
    expect(c.notices).toEqual([{ kind: 'correction', note: 'This story has been corrected to show the vote was on Tuesday.' }]);
    expect(c.removed).toEqual(['Monday']);
    expect(c.added).toEqual(['Tuesday']);
    expect(c.found.map((f) => f.rule)).toEqual(['this-piece+has-been-changed']);
  });

  it('a wire corrective published as an item of its own is a record from its first version', () => {
    const item: ArticleText = { title: 'Correction: Pact story', paragraphs: ['In a story on May 9, The Associated Press erroneously reported that the talks had collapsed.'] };
    expect(ownItemChange(item)?.notices.map((n) => n.kind)).toEqual(['correction']);
    expect(ownItemChange({ title: 'Pact signed', paragraphs: BODY })).toBeNull();
    // A short news item that opens with an update tag is news, not a notice item.
    expect(ownItemChange({ title: 'Pact signed', paragraphs: [`(UPDATE) ${BODY[0]}`, BODY[1]!] })).toBeNull();
  });
});
