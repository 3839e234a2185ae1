/**
 * English reply templates (see ./types.ts for the format and DESIGN.md §2 for the playbook).
 *
 * House rules for every sentence: plain words and short sentences (Flesch ≥ 60), no exclamation
 * marks, no capitals beyond names, never "guarantee", no admission of fault ("not what you
 * expected", never "my mistake"), no counter-threat, and nothing the client wrote except the
 * safe facts of extract.ts.
 */
import type { LanguageTemplates } from './types';

export const en: LanguageTemplates = {
  greeting: {
    warm: [{ needs: ['client'], texts: ['Hi {client},', 'Hello {client},', 'Dear {client},'] }, { texts: ['Hello,', 'Hi there,'] }],
    firm: [{ needs: ['client'], texts: ['Dear {client},', 'Hello {client},'] }, { texts: ['Hello,'] }],
    part: [{ needs: ['client'], texts: ['Dear {client},'] }, { texts: ['Hello,'] }],
  },

  opening: {
    warm: [
      {
        // Thanking an angry or threatening client for their clarity would read as sarcasm.
        needs: ['!with:abusive_language', '!with:threat', '!with:refund_demand'],
        texts: [
          'Thank you for your message.',
          'Thanks for your message, and for telling me plainly what you need.',
          'Thank you for writing to me about this.',
        ],
      },
      { texts: ['Thank you for your message.', 'Thank you for writing to me about this.'] },
    ],
    firm: [{ texts: ['Thank you for your message.', 'Thanks for your email.'] }],
    part: [
      // Thanking for trust after insults would ring hollow; a plain thank-you is enough.
      { needs: ['with:abusive_language'], texts: ['Thank you for your message.'] },
      { needs: ['business'], texts: ['Thank you for your message, and for the trust you have put in {business}.'] },
      { texts: ['Thank you for your message, and for the trust you have put in me.', 'Thank you for your message, and for choosing to work with me.'] },
    ],
  },

  appreciation: {
    warm: [
      {
        texts: [
          'I value our work together, and I do not take it for granted.',
          'I really value our work together, and your kind words.',
          'I am grateful for our time working together.',
        ],
      },
    ],
    firm: [{ texts: ['I value our work together, and I mean that.', 'I really do value our work together.'] }],
    part: [],
  },

  feeling: {
    warm: [
      {
        needs: ['with:abusive_language'],
        texts: ['I can tell you are very unhappy, and I take that seriously.', 'I can hear how upset you are, and I take that seriously.'],
      },
      {
        needs: ['with:refund_demand'],
        texts: ['I am sorry to hear you are not happy with the result.', 'I am sorry the result is not what you hoped for.'],
      },
      { needs: ['with:threat'], texts: ['I can tell this matters a lot to you.'] },
    ],
    firm: [
      { needs: ['with:abusive_language'], texts: ['I can see you are unhappy with how things stand.'] },
      { needs: ['with:refund_demand'], texts: ['I can see you are not happy with the result.'] },
      { needs: ['with:threat'], texts: ['I can see you are unhappy with how this has gone.'] },
    ],
    part: [],
  },

  restate: {
    warm: [
      {
        needs: ['asks'],
        texts: [
          'If I understand you correctly, you are asking for {asks}.',
          'If I read your message right, you would like {asks}.',
          'As I understand it, you would like {asks}.',
        ],
      },
    ],
    firm: [
      {
        needs: ['asks'],
        texts: ['I have read it carefully, and I understand you are asking for {asks}.', 'I have read it carefully: you would like {asks}.'],
      },
    ],
    part: [
      { needs: ['asks'], texts: ['I have read your request for {asks}.', 'I have thought carefully about your request for {asks}.'] },
    ],
  },

  pause: [
    {
      needs: ['update'],
      texts: [
        'Let us take a short pause. I will send you a status update {update}.',
        'Let us pause here for now, and I will send you a status update {update}.',
      ],
    },
  ],

  decision: [
    { needs: ['with:abusive_language'], texts: ['So I will end our work together here, and I will send you everything that is ready so far.'] },
    { texts: ['With that in mind, I have decided not to take this further.', 'That is why I have decided not to go on with this work.'] },
  ],
  referral: [
    {
      texts: [
        'Another specialist may suit you better, and I am glad to suggest a few names.',
        'I am happy to point you to other specialists who may be a better match.',
      ],
    },
  ],

  close: {
    warm: [
      {
        needs: ['new:response'],
        texts: ['Let me know what you think, and you will hear from me {response}.', 'I am happy to talk it through whenever it suits you.'],
      },
      { texts: ['I am happy to talk it through whenever it suits you.', 'Let me know what you think, and we will find a good way forward.'] },
    ],
    firm: [
      {
        texts: [
          'Let me know how you would like to go ahead, and I will take it from there.',
          'I look forward to hearing how you would like to go ahead.',
        ],
      },
    ],
    part: [{ texts: ['I wish you every success with the project.', 'I wish you all the best with your plans.'] }],
  },

  signoff: {
    warm: [{ texts: ['Kind regards,', 'Warm regards,', 'Best wishes,'] }],
    firm: [{ texts: ['Kind regards,', 'Regards,'] }],
    part: [{ texts: ['Kind regards,', 'With kind regards,'] }],
  },

  flags: {
    discount_pressure: {
      ask: [
        { needs: ['amount'], texts: ['a price of {amount}', 'a lower price of {amount}'] },
        { texts: ['a lower price', 'a lower price for the same work'] },
      ],
      body: {
        warm: [
          [
            {
              needs: ['rate'],
              texts: [
                'My rate is {rate} an hour, and I keep it the same for every client, so the price in the quote stays as it is.',
                'I work at {rate} an hour for every client, so I keep the price in the quote as it is.',
              ],
            },
            {
              texts: [
                'The price in my quote reflects the work it takes, so I keep it as it is.',
                'I set the price in my quote to match the work, so I would like to keep it as it is.',
              ],
            },
          ],
          [
            {
              needs: ['amount'],
              texts: [
                'If {amount} is the budget you have, we can make the project smaller to fit it, or spread the work over a few phases.',
                'To stay within {amount}, we could take a smaller first step and add the rest later.',
              ],
            },
            {
              texts: [
                'If the budget is tight, we can make the project smaller, or spread the work over a few phases.',
                'If the budget is fixed, we could take a smaller first step and add the rest later.',
              ],
            },
          ],
        ],
        firm: [
          [{ needs: ['rate'], texts: ['My rate is {rate} an hour, and the price in the quote stands.'] }, { texts: ['The price in the quote stands, because it matches the work involved.', 'The price in my quote stays as it is, since it matches the work.'] }],
          [{ needs: ['amount'], texts: ['Within a budget of {amount}, I can offer a smaller scope.'] }, { texts: ['If the budget is fixed, I can offer a smaller scope that fits it.'] }],
        ],
        part: [
          [
            { needs: ['rate'], texts: ['My rate of {rate} an hour is the same for every client, so I cannot lower the price.'] },
            { texts: ['I cannot lower the price for the same work.', 'The price for this work is not something I can lower.'] },
          ],
        ],
      },
      extra: { warm: [[{ texts: ['I am happy to go through the options with you and see what matters most.'] }]] },
    },

    free_extras: {
      ask: [{ texts: ['extra work within the agreed price', 'a few additions on top of what we agreed'] }],
      body: {
        warm: [
          [{ texts: ['It is good to hear you want to take the project further.', 'I am glad you want to add to the project.'] }],
          [
            { needs: ['revisions'], texts: ['The quote includes {revisions}, and these additions fall outside that scope.'] },
            { texts: ['These additions fall outside the scope we agreed.', 'What you describe goes beyond the scope we agreed.'] },
          ],
          [
            {
              needs: ['rate'],
              texts: [
                'I can do them at my rate of {rate} an hour, and I will send you a short addendum with the cost first.',
                'I am happy to add them at {rate} an hour, through a short addendum you approve first.',
              ],
            },
            {
              texts: [
                'I will send you a short addendum with the cost, so you can decide before I start.',
                'I can add them through a short addendum, and you will see the cost before I start.',
              ],
            },
          ],
        ],
        firm: [
          [
            { needs: ['revisions'], texts: ['The quote includes {revisions}, and this is new work.'] },
            { texts: ['This is outside the scope of our agreement.', 'This falls outside the scope we agreed in the quote.'] },
          ],
          [
            { needs: ['rate'], texts: ['I can add it at {rate} an hour, through a short addendum.'] },
            { texts: ['I can add it through a paid addendum, and I will send you the cost first.'] },
          ],
        ],
        part: [[{ texts: ['I will keep to the work we agreed, and I will not take on more work for this project.'] }]],
      },
    },

    abusive_language: {
      body: {
        warm: [
          [
            {
              texts: [
                'I want to help you, and that works best when we keep the tone respectful.',
                'I want to find a good way forward with you, and that needs a respectful tone on both sides.',
              ],
            },
          ],
          [{ texts: ['I am not comfortable going on when the language turns offensive.', 'I am not comfortable going on with the conversation in this tone.'] }],
        ],
        firm: [
          [{ texts: ['I am glad to talk about the project, but only in a respectful tone.', 'I will gladly discuss the project, as long as the tone stays respectful.'] }],
          [{ texts: ['I want to sort this out, and I will do that in a calm and clear way.'] }],
        ],
        part: [
          [
            {
              texts: [
                'The tone of your messages has crossed a line for me, and I am not willing to work together this way.',
                'The way you have written to me crosses a line, and I am not willing to go on like this.',
              ],
            },
          ],
        ],
      },
    },

    refund_demand: {
      ask: [{ texts: ['a refund', 'your money back'] }],
      body: {
        warm: [
          [{ texts: ['I am confident that I delivered the work we agreed on.', 'I believe I delivered what we agreed, and I stand behind that work.'] }],
          [
            {
              texts: [
                'I would still like to make this work for you: tell me which parts are not what you expected, and I will rework them.',
                'I am glad to rework the parts that do not meet your expectations, so please tell me which ones they are.',
              ],
            },
          ],
        ],
        firm: [
          [{ texts: ['The work was delivered as agreed, so the invoice stands.', 'I delivered the work as set out in our agreement, so the payment stays as it is.'] }],
          [{ texts: ['My offer to rework any part that is unclear still stands.', 'I am still willing to rework any part that is not clear to you.'] }],
        ],
        part: [[{ texts: ['I delivered the work as we agreed, so I will leave the payment as it is.', 'I stand by the work I delivered, so I will not return the payment.'] }]],
      },
      extra: { warm: [[{ texts: ['That is often the quickest way to a result you are happy with.'] }]] },
    },

    threat: {
      body: {
        warm: [
          [
            { needs: ['with:refund_demand'], texts: ['I would much rather solve this together, and I am sure we can.'] },
            { texts: ['I would much rather solve this together, so let us talk it through calmly.', 'I would much rather find a solution together, and I think we can.'] },
          ],
          [{ needs: ['!with:refund_demand'], texts: ['Tell me what you feel should change, and I will look at what I can do.'] }],
        ],
        firm: [
          [{ texts: ['I prefer to sort this out in a calm talk, and I am open to that.', 'I would rather sort this out together, and I am open to a calm talk.'] }],
          [{ needs: ['!with:refund_demand'], texts: ['My offer to go through what is not clear to you still stands.'] }],
        ],
        part: [[{ texts: ['I have kept to our agreement at every step.', 'I have acted in good faith from the start.'] }]],
      },
      extra: { warm: [[{ texts: ['In the end we want the same thing: a good result.'] }]] },
    },

    guarantee_demand: {
      ask: [{ texts: ['a firm promise about the result', 'certainty about the outcome'] }],
      body: {
        warm: [
          [{ texts: ['I understand you want to be sure this will work, and that makes sense.', 'It makes sense that you want to be sure this will work.'] }],
          [{ texts: ['To be honest, nobody can promise an outcome in advance, and I will not pretend otherwise.', 'To be fair to you, no one can promise a result in advance.'] }],
          [
            { needs: ['revisions'], texts: ['What I do commit to is a clear plan, set milestones, {revisions} and careful work at every step.'] },
            { texts: ['What I do commit to is a clear plan, set milestones and careful work at every step.'] },
          ],
        ],
        firm: [
          [{ texts: ['Nobody can promise a result in advance, so I will not do that.', 'No one can promise an outcome in advance, and I do not make that promise.'] }],
          [
            { needs: ['revisions'], texts: ['I do commit to the agreed plan, the milestones, {revisions} and careful work.'] },
            { texts: ['I do commit to the agreed plan, the milestones and careful work.'] },
          ],
        ],
        part: [[{ texts: ['I cannot promise the result you are looking for, and I do not want to suggest otherwise.'] }]],
      },
      extra: { warm: [[{ needs: ['response'], texts: ['If you have a question along the way, you will hear from me {response}.'] }]] },
    },

    deadline_pressure: {
      ask: [{ needs: ['due'], texts: ['delivery {due}'] }, { texts: ['a faster delivery', 'an earlier delivery date'] }],
      body: {
        warm: [
          [{ texts: ['I want you to have this in time, and I also want it done well.', 'I understand the timing matters to you.'] }],
          [
            { needs: ['due'], texts: ['I cannot finish it {due} with the care it needs.', 'Finishing it {due} would not leave enough time to do it well.'] },
            { texts: ['The date you mention is too short to do this work well.', 'That date does not leave enough time to do the work well.'] },
          ],
          [{ texts: ['I will send you a realistic timeline with a firm end date.', 'I will send you a realistic schedule with a clear end date.'] }],
          [
            {
              needs: ['new:rate'],
              texts: ['If the date cannot move, a rush option is possible at extra cost on top of my rate of {rate} an hour, and I will confirm the price first.'],
            },
            { texts: ['If the date cannot move, I can offer a rush option at extra cost, and I will confirm the price first.'] },
          ],
        ],
        firm: [
          [{ needs: ['due'], texts: ['I cannot deliver {due}.', 'Delivery {due} is not possible.'] }, { texts: ['That date is not realistic for this work.'] }],
          [{ texts: ['I will send you a realistic date, and a rush option at extra cost if you need it sooner.'] }],
        ],
        part: [
          [
            { needs: ['due'], texts: ['I cannot deliver {due}, and I do not want to rush work of this kind.'] },
            { texts: ['I cannot meet the date you have in mind, and I do not want to rush work of this kind.'] },
          ],
        ],
      },
    },

    boundary_intrusion: {
      ask: [
        { needs: ['when', 'is:delivery'], texts: ['delivery {when}'] },
        { needs: ['when'], texts: ['an answer {when}'] },
        { needs: ['is:delivery'], texts: ['delivery outside my working hours'] },
        { texts: ['contact outside my working hours'] },
      ],
      body: {
        warm: [
          [
            {
              needs: ['offday'],
              texts: [
                'I know that would suit you, but I do not work {offday}, so that is not an option.',
                'I see why that would help, but I do not work {offday}, so that is not an option.',
              ],
            },
            // No working days set: the flag itself says the request is out of hours.
            { needs: ['when', '!days'], texts: ['I see why that would help, but it falls outside my working hours.'] },
          ],
          [
            { needs: ['days', 'hours'], texts: ['I work {days}, from {hours}.', 'My working hours are {days}, from {hours}.'] },
            { needs: ['hours'], texts: ['My working hours are from {hours}.'] },
            { needs: ['days'], texts: ['I work {days}.'] },
            {
              texts: [
                'I keep fixed working hours, so I can give every client my full attention.',
                'I work fixed hours, which helps me give every project my full attention.',
              ],
            },
          ],
          [
            { needs: ['is:delivery', 'nextday'], texts: ['I can deliver it on {nextday} instead.', 'The first moment I can deliver is {nextday}.'] },
            { needs: ['is:delivery'], texts: ['I can deliver it on my next working day instead.'] },
            { needs: ['response'], texts: ['I read messages during those hours, and you can expect an answer {response}.'] },
            { texts: ['I answer messages during those hours, and I will always get back to you.'] },
          ],
        ],
        firm: [
          [
            { needs: ['offday'], texts: ['I do not work {offday}, so that is not an option.'] },
            { needs: ['when', '!days'], texts: ['That falls outside my working hours, so it is not an option.'] },
          ],
          [
            { needs: ['days', 'hours'], texts: ['My working hours are {days}, from {hours}.'] },
            { needs: ['hours'], texts: ['My working hours are from {hours}.'] },
            { needs: ['days'], texts: ['I work {days}.'] },
            { texts: ['I work within fixed working hours, the same for every client.'] },
          ],
          [
            { needs: ['is:delivery', 'nextday'], texts: ['I can deliver on {nextday}.'] },
            { needs: ['is:delivery'], texts: ['I can deliver on my next working day.'] },
            { needs: ['response'], texts: ['Within those hours, you will hear from me {response}.'] },
            { texts: ['I answer messages within those hours, and I will get back to you on my next working day.'] },
          ],
        ],
        part: [[{ texts: ['I keep my working hours fixed, and I cannot make an exception for this project.'] }]],
      },
    },

    payment_stalling: {
      ask: [
        { needs: ['is:deposit_ask'], texts: ['a start without the deposit'] },
        { needs: ['is:later_ask'], texts: ['more time to pay', 'a later payment date'] },
        { texts: ['a different payment arrangement', 'other payment terms'] },
      ],
      body: {
        warm: [
          [
            { needs: ['is:deposit_ask'], texts: ['I understand that paying before the work starts can feel like a big step.'] },
            { needs: ['is:later_ask'], texts: ['I understand that timing can be hard when money is tight.'] },
            { texts: ['I understand that money can be awkward to talk about.'] },
          ],
          [
            {
              needs: ['deposit', 'term'],
              texts: [
                'As my written terms state, I ask a {deposit} deposit before I start, and invoices are due within {term}.',
                'My terms ask a {deposit} deposit before the work starts, with the rest due within {term} of the invoice.',
              ],
            },
            { needs: ['deposit'], texts: ['As my written terms state, I ask a {deposit} deposit before the work starts.'] },
            { needs: ['term'], texts: ['As my written terms state, invoices are due within {term}.'] },
            { texts: ['I keep to the payment terms in our agreement.', 'The payment terms in our agreement stay the same.'] },
          ],
          [
            {
              needs: ['deposit'],
              texts: [
                'The deposit lets me reserve time for your project, and I will start as soon as it is in.',
                'The deposit reserves my time for you, and the work starts as soon as it arrives.',
              ],
            },
            { texts: ['Once the payment is settled as agreed, I will plan the next steps with you.'] },
          ],
        ],
        firm: [
          [
            { needs: ['deposit', 'term'], texts: ['My terms ask a {deposit} deposit before the work starts, and invoices are due within {term}.'] },
            { needs: ['deposit'], texts: ['My terms ask a {deposit} deposit before the work starts.'] },
            { needs: ['term'], texts: ['My invoices are due within {term}, as our agreement states.'] },
            { texts: ['The payment terms in our agreement stay as they are.'] },
          ],
          [{ needs: ['deposit'], texts: ['I will start as soon as the deposit is in.'] }, { texts: ['I will plan the next steps once payment is settled as agreed.'] }],
        ],
        part: [
          [
            { needs: ['deposit'], texts: ['The {deposit} deposit is part of my terms for every project, so I will not start without it.'] },
            { texts: ['My payment terms are the same for every client, and I cannot change them.'] },
          ],
        ],
      },
    },

    excessive_contact: {
      ask: [{ texts: ['more frequent updates', 'quicker answers'] }],
      body: {
        warm: [
          [{ texts: ['I understand you want to stay informed, and that is fair.', 'It is fair that you want to know where things stand.'] }],
          [
            {
              texts: [
                'To keep things clear, I will send you a short update by email at the end of each working day.',
                'From now on, you will get a short update by email at the end of each working day.',
              ],
            },
          ],
          [{ needs: ['response'], texts: ['For other questions, you will hear from me {response}.'] }, { texts: ['That way I can spend my time on the work itself.'] }],
        ],
        firm: [
          [{ texts: ['I will send you an update by email at the end of each working day.'] }],
          [{ needs: ['response'], texts: ['Other messages get an answer {response}.'] }, { texts: ['In between, I focus on the work itself.'] }],
        ],
        part: [[{ texts: ['I cannot give the level of contact you are looking for, so I am not the right fit here.'] }]],
      },
    },

    guilt_tripping: {
      body: {
        warm: [
          [
            {
              needs: ['is:alone'],
              texts: [
                'Because I value our work, I want to be fair and clear with you, so I keep to the terms we agreed.',
                'That is also why I want to be open with you: I keep to the terms we agreed.',
              ],
            },
          ],
        ],
        firm: [
          [{ needs: ['is:alone'], texts: ['I keep the same terms for every client, and that does not change for this project.'] }],
          [{ needs: ['is:alone'], texts: ['I am glad to keep working with you on that basis.'] }],
        ],
        part: [[{ needs: ['is:alone'], texts: ['I value what we built together, but I cannot change my terms.'] }]],
      },
      extra: { warm: [[{ needs: ['is:alone'], texts: ['I hope you understand, and I look forward to the next step.'] }]] },
    },
  },
};
