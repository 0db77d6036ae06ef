/**
 * The tests' door to the event-loop probe (issue 17): how many times main's
 * event loop turned while some work ran. The probe itself lives once, in
 * bench/event-loop.ts, which the benchmarks use too.
 */

export { turnsDuring } from '../../bench/event-loop';
