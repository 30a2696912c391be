// The quick-add phrase table, shared by the unit test (the parser's draft, field by field)
// and the end-to-end test (the same phrases typed into the real UI, the draft read back from
// the reading and the editor before saving). One table, so the two cannot drift apart.

/** Where the table is read: Wednesday 4 March 2026, 10:00 in Berlin. */
export const QUICK_ADD_AT = {
  now: Date.parse('2026-03-04T10:00:00+01:00'),
  timeZone: 'Europe/Berlin',
};

/** What a phrase fills in (defaults: no location, no repeat, no guests). */
export interface QuickAddExpected {
  title: string;
  /** "YYYY-MM-DD HH:mm" timed, "YYYY-MM-DD" all day */
  start: string;
  /** The end as the editor shows it: all-day ends are the last day, inclusive. */
  end: string;
  location?: string;
  recurrence?: string[];
  guests?: string[];
}

export const QUICK_ADD_PHRASES: [string, QuickAddExpected][] = [
  // The brief's phrases.
  [
    'Lunch with Ana tomorrow 1pm at Café Central',
    {
      title: 'Lunch with Ana',
      start: '2026-03-05 13:00',
      end: '2026-03-05 14:00',
      location: 'Café Central',
    },
  ],
  [
    'Standup every weekday 9:30',
    {
      // 9:30 has passed today: the series starts with the next one.
      title: 'Standup',
      start: '2026-03-05 09:30',
      end: '2026-03-05 10:30',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    },
  ],
  [
    'Dentist Friday 3-4pm',
    { title: 'Dentist', start: '2026-03-06 15:00', end: '2026-03-06 16:00' },
  ],
  ['Trip 12-15 March', { title: 'Trip', start: '2026-03-12', end: '2026-03-15' }],
  [
    'Review every 2 weeks on Monday until June',
    {
      title: 'Review',
      start: '2026-03-09',
      end: '2026-03-09',
      // "until June" stops before June.
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20260531'],
    },
  ],
  ['Call mum at 18:00', { title: 'Call mum', start: '2026-03-04 18:00', end: '2026-03-04 19:00' }],
  // Dates and times.
  ['Holiday 24 Dec', { title: 'Holiday', start: '2026-12-24', end: '2026-12-24' }],
  [
    'Offsite next Tuesday to Thursday',
    { title: 'Offsite', start: '2026-03-10', end: '2026-03-12' },
  ],
  ['Conference all day tomorrow', { title: 'Conference', start: '2026-03-05', end: '2026-03-05' }],
  ['Water plants', { title: 'Water plants', start: '2026-03-04', end: '2026-03-04' }],
  [
    'Workshop 3 March 2027 10:15 for 2 hours',
    { title: 'Workshop', start: '2027-03-03 10:15', end: '2027-03-03 12:15' },
  ],
  [
    'Night shift 10pm-6am',
    { title: 'Night shift', start: '2026-03-04 22:00', end: '2026-03-05 06:00' },
  ],
  [
    'Conference Friday 9am to Sunday 5pm',
    { title: 'Conference', start: '2026-03-06 09:00', end: '2026-03-08 17:00' },
  ],
  ['Vacation 20 July - 2 August', { title: 'Vacation', start: '2026-07-20', end: '2026-08-02' }],
  ['Meeting at 3', { title: 'Meeting', start: '2026-03-04 15:00', end: '2026-03-04 16:00' }],
  ['Run at 05:00', { title: 'Run', start: '2026-03-05 05:00', end: '2026-03-05 06:00' }],
  ['Call in 2 hours', { title: 'Call', start: '2026-03-04 12:00', end: '2026-03-04 13:00' }],
  // 7am EST (UTC−5) is 12:00 UTC, 13:00 in Berlin.
  ['Flight 7am EST', { title: 'Flight', start: '2026-03-04 13:00', end: '2026-03-04 14:00' }],
  [
    'Focus 2pm for 90 minutes',
    { title: 'Focus', start: '2026-03-04 14:00', end: '2026-03-04 15:30' },
  ],
  [
    'Meeting for an hour tomorrow',
    { title: 'Meeting', start: '2026-03-05 09:00', end: '2026-03-05 10:00' },
  ],
  ['Movie night Friday', { title: 'Movie night', start: '2026-03-06', end: '2026-03-06' }],
  ['Lunch with May', { title: 'Lunch with May', start: '2026-03-04', end: '2026-03-04' }],
  // Places and guests.
  [
    'Lunch tomorrow at the office at 1pm',
    {
      title: 'Lunch',
      start: '2026-03-05 13:00',
      end: '2026-03-05 14:00',
      location: 'the office',
    },
  ],
  [
    "Birthday party Saturday 8pm @ Ana's place",
    {
      title: 'Birthday party',
      start: '2026-03-07 20:00',
      end: '2026-03-07 21:00',
      location: "Ana's place",
    },
  ],
  [
    'Sprint review Mon 14:00-15:30 in Room 4',
    {
      title: 'Sprint review',
      start: '2026-03-09 14:00',
      end: '2026-03-09 15:30',
      location: 'Room 4',
    },
  ],
  [
    'Team lunch next Friday at noon at Pizzeria Roma with Ana',
    {
      title: 'Team lunch with Ana',
      start: '2026-03-13 12:00',
      end: '2026-03-13 13:00',
      location: 'Pizzeria Roma',
    },
  ],
  [
    'Check in with Ana tomorrow',
    { title: 'Check in with Ana', start: '2026-03-05', end: '2026-03-05' },
  ],
  [
    'Coffee with bob@example.com Friday 10am',
    {
      title: 'Coffee',
      start: '2026-03-06 10:00',
      end: '2026-03-06 11:00',
      guests: ['bob@example.com'],
    },
  ],
  // Repeats.
  [
    'Team sync every Monday and Thursday 10am',
    {
      title: 'Team sync',
      start: '2026-03-05 10:00',
      end: '2026-03-05 11:00',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,TH'],
    },
  ],
  [
    'Book club monthly on the first Friday 7pm',
    {
      title: 'Book club',
      start: '2026-03-06 19:00',
      end: '2026-03-06 20:00',
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=1FR'],
    },
  ],
  [
    'Payroll on the last weekday of the month',
    {
      title: 'Payroll',
      start: '2026-03-31',
      end: '2026-03-31',
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    },
  ],
  [
    'Cleaning every last Friday',
    {
      title: 'Cleaning',
      start: '2026-03-27',
      end: '2026-03-27',
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=-1FR'],
    },
  ],
  [
    'Board meeting every first Monday of the month 9am',
    {
      title: 'Board meeting',
      start: '2026-04-06 09:00',
      end: '2026-04-06 10:00',
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=1MO'],
    },
  ],
  [
    'Pay rent every month on the 1st',
    {
      title: 'Pay rent',
      start: '2026-04-01',
      end: '2026-04-01',
      recurrence: ['RRULE:FREQ=MONTHLY'],
    },
  ],
  [
    'Pay day every month on the last day',
    {
      title: 'Pay day',
      start: '2026-03-31',
      end: '2026-03-31',
      recurrence: ['RRULE:FREQ=MONTHLY;BYMONTHDAY=-1'],
    },
  ],
  [
    'Gym every other day 7am for 45 min',
    {
      title: 'Gym',
      start: '2026-03-05 07:00',
      end: '2026-03-05 07:45',
      recurrence: ['RRULE:FREQ=DAILY;INTERVAL=2'],
    },
  ],
  [
    '1:1 with Sam every other Wednesday at 2pm',
    {
      title: '1:1 with Sam',
      start: '2026-03-04 14:00',
      end: '2026-03-04 15:00',
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE'],
    },
  ],
  [
    'Game night every Thursday 8pm-11pm',
    {
      title: 'Game night',
      start: '2026-03-05 20:00',
      end: '2026-03-05 23:00',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TH'],
    },
  ],
  [
    'Yoga every Tuesday 6pm 10 times',
    {
      title: 'Yoga',
      start: '2026-03-10 18:00',
      end: '2026-03-10 19:00',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10'],
    },
  ],
  [
    'Retro every 2 weeks on Friday 4pm for 6 weeks',
    {
      title: 'Retro',
      start: '2026-03-06 16:00',
      end: '2026-03-06 17:00',
      // The last day, 16 April, ends at midnight in Berlin (22:00 UTC).
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;UNTIL=20260416T215959Z'],
    },
  ],
  [
    'Stretch every day at 8am until Friday',
    {
      title: 'Stretch',
      start: '2026-03-05 08:00',
      end: '2026-03-05 09:00',
      recurrence: ['RRULE:FREQ=DAILY;UNTIL=20260306T225959Z'],
    },
  ],
  [
    'Family time every weekend',
    {
      title: 'Family time',
      start: '2026-03-07',
      end: '2026-03-07',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=SA,SU'],
    },
  ],
  [
    'Anniversary yearly on 3 June',
    {
      title: 'Anniversary',
      start: '2026-06-03',
      end: '2026-06-03',
      recurrence: ['RRULE:FREQ=YEARLY'],
    },
  ],
  [
    'Lecture every Mon, Wed and Fri at 9',
    {
      title: 'Lecture',
      start: '2026-03-06 09:00',
      end: '2026-03-06 10:00',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR'],
    },
  ],
  [
    'Biweekly 1:1 on Tuesday 11:00',
    {
      title: '1:1',
      start: '2026-03-10 11:00',
      end: '2026-03-10 12:00',
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    },
  ],
  [
    'Quarterly review every 3 months',
    {
      title: 'Quarterly review',
      start: '2026-03-04',
      end: '2026-03-04',
      recurrence: ['RRULE:FREQ=MONTHLY;INTERVAL=3'],
    },
  ],
];
