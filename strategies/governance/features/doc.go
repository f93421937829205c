// Package features turns a DAO proposal (its calls, decoded; optionally
// what a simulation saw; the address book; the proposer's history) into
// the fixed feature vector the scoring model reads, the flags a person
// reads, and the floors no model output can lower (issue 12, items 4 and
// 5). It is pure: no I/O, no clock, no floats on the way to the vector.
//
//	Input{Proposal, Calls, Book, Effects, History, Params}
//	   │
//	   ├─ calls.go      decoded trees → events (moves, approvals, grants,
//	   ├─ simulated.go  Effects       → events  params, upgrades, delegatecalls)
//	   ├─ text.go       description   → hostility (raw) and normalised text
//	   ├─ extract.go    normalised text × events → amount and mention checks
//	   └─ vector.go     events, checks, history → Vector
//	                                        │
//	            FlagBits(Vector), Floor(Vector) (flags.go): functions of
//	            the vector alone, so a verifier re-derives them from a
//	            published vector; Analysis.Flags explain the set bits.
//
// # Fixed point
//
// Every feature is an int64 at Scale (10,000): a count n is n·10,000, a
// share of 12.5 % is 1,250, true is 10,000, a log10 of 6.08 is 60,858.
// Ratios are big-integer divisions rounded down; log10 is computed from
// the integer's bit length and its mantissa squared 32 times (exact to
// 2^-32 in log2). Each feature is clamped to its range.
//
// # Unknown and known
//
// An address is known when the address book names it, when it is a token
// of the built-in table (USDC, USDT, DAI, WETH, AAVE, ENS, UNI, COMP on
// mainnet; the devnet's sDAO, dUSDC, dWETH, tUSDC and tWETH by the book's
// name for them), a Safe MultiSend library or Multicall3, the executor,
// or the burn address. Everything else is unknown, whatever the
// description says about it: text never makes an address known.
//
// The executor is Effects.Executor, else the book's first timelock. The
// DAO's funds are the executor's and those of the book's treasury,
// timelock and multisig addresses.
//
// # Features
//
//	#  name                        unit                         range      from
//	0  call_count                  calls                        0..1024    the proposal's calls
//	1  node_count                  decoded calls, nested too    0..4096    decode trees
//	2  max_depth                   nesting levels               0..16      decode trees
//	3  unknown_selectors           calls                        0..4096    selector nothing names
//	4  decode_errors               calls                        0..4096    calldata that did not decode
//	5  unknown_targets             distinct addresses           0..1024    called contracts not known
//	6  holdings_known              bool                         0..1       Effects.Holdings given
//	7  outflow_share               share of a holding           0..1       max over tokens: executor's outflow / its holding
//	8  outflow_unknown_share       share of a holding           0..1       same, to unknown recipients only
//	9  outflow_log10               log10 whole tokens           0..80      max over tokens of all outflows (18 decimals if unknown)
//	10 eth_value_log10             log10 ether                  0..80      ETH sent by every call, nested too
//	11 transfers                   transfers                    0..4096    token and ETH movements out
//	12 unknown_recipients          distinct addresses           0..1024    recipients (and mint recipients) not known
//	13 mints                       mints                        0..4096
//	14 mint_share                  share of supply              0..10      max over tokens: minted / supply
//	15 mint_unknown_share          share of supply              0..10      same, to unknown recipients only
//	16 approvals                   approvals                    0..4096    approve, increaseAllowance, permit, setApprovalForAll, …
//	17 unknown_spenders            distinct addresses           0..1024
//	18 unlimited_approvals         approvals                    0..4096    ≥ 2^255, operator, or ≥ the executor's holding
//	19 unlimited_approvals_unknown approvals                    0..4096    same, to an unknown spender
//	20 role_changes                changes                      0..4096    grants, revocations, owners, admins, Safe owners/modules/guards
//	21 unknown_grantees            distinct addresses           0..1024    new role holders, owners, admins, modules not known
//	22 permission_changes          changes                      0..4096    Zodiac Roles scope/allow/revoke
//	23 gov_param_changes           changes                      0..4096    voting delay/period, quorum, timelock delay, threshold
//	24 gov_reduction               share of the old value       0..1       largest cut of delay, period, quorum or timelock delay
//	25 threshold_reduction         share of the old value       0..1       cut of the proposal threshold
//	26 params_known                bool                         0..1       Input.Params given
//	27 upgrades                    upgrades                     0..4096    proxy upgrades, _setImplementation, Aave token updates
//	28 unknown_implementations     distinct addresses           0..1024
//	29 delegatecalls               delegatecalls                0..4096    made inside calls (Safe/MultiSend operation 1), or by a DAO account in the simulation
//	30 delegatecalls_unknown       delegatecalls                0..4096    same, to unknown code
//	31 payload_delegatecalls       delegatecalls                0..4096    the executor's declared payloads (Aave v2 withDelegatecalls)
//	32 selfdestructs               frames                       0..4096    simulation only
//	33 created_contracts           contracts                    0..4096    simulation only
//	34 simulated                   bool                         0..1       Effects given
//	35 reverted                    bool                         0..1       the simulation reverted
//	36 signal_only                 bool                         0..1       no calls, or only empty zero-value calls to the governor or timelock
//	37 amount_ratio                decoded / stated             0..1000    max over amounts; 0 = nothing to compare, 1 = matches
//	38 amount_ratio_unknown        decoded / stated             0..1000    same, to unknown recipients only
//	39 amounts_unstated            amounts                      0..1024    decoded amounts no number of the text equals
//	40 recipients_unmentioned      distinct addresses           0..1024    recipients, spenders, grantees, implementations
//	41 tokens_unmentioned          distinct tokens              0..1024
//	42 calls_unmentioned           calls                        0..1024    nothing of the call's tree appears in the text
//	43 text_log10_bytes            log10 bytes                  0..8       the description's length
//	44 text_truncated              bool                         0..1       longer than MaxText (1 MiB)
//	45 bidi_controls               characters                   0..1024    U+202A–U+202E, U+2066–U+2069, U+061C
//	46 invisible_chars             characters                   0..1024    U+200B–U+200F, U+2060–U+2064, U+FEFF, soft hyphen, tags
//	47 confusable_words            words                        0..1024    Latin mixed with Cyrillic/Greek/Armenian look-alikes
//	48 confusable_key_words        words                        0..1024    disguised symbols, addresses, book-name words
//	49 instruction_like            matches                      0..1024    text addressed to a model (text.go's patterns)
//	50 history_known               bool                         0..1       History given
//	51 prior_proposals             proposals                    0..1000
//	52 proposer_vote_share         share of supply              0..1       votes at the proposal block
//	53 votes_acquired_share        share of supply              0..1       votes gained in the 7200 blocks before
//	54 votes_acquired_frac         share of the proposer's votes 0..1      same, of the votes at the proposal
//	55 analysis_failed             bool                         0..1       a bug was caught; the rest is zero
//
// Static and simulated events are not added up: counts take the larger of
// the two sources, address sets their union, shares their maximum. A
// simulation adds what decoding cannot see (a payload's transfers) and
// never hides what decoding saw.
//
// # The description is data
//
// Only the first MaxText (1 MiB) bytes are read. Hostility is measured on
// the raw text: bidi controls and invisible characters are counted, and a
// word is a confusable when it mixes ASCII letters with look-alikes (or,
// for the key count, when stripping, NFKC and folding change it into a
// token symbol, an address or a word of a book name). Matching reads the
// normalised text: invalid UTF-8 replaced, invisible and bidi characters
// removed, NFKC, look-alikes mapped to Latin, lower case. Instruction-like
// patterns run on it too, so "ignоre" with a Cyrillic о is caught.
//
// Nothing in the text lowers a feature the calls give: features 0–36 are
// computed without the text. The text-against-calls features (37–42) go
// down only by stating what the calls do: the right amounts, names and
// addresses. The hostility features (43–49) only go up.
//
// Amounts are read as numbers with separators (1,218,669.76; 3'000'000),
// suffixes (50k, 1.5M, 2 million) and a tag: the symbol after or before
// the number, "$" or "USD" for dollar stablecoins, "ETH"/"ether" for ETH
// and WETH. A decoded amount matches a stated one within the rounding of
// the stated digits or 1 %; amount_ratio compares it with the largest
// amount stated for its token. A decoded amount counts as stated when any
// number equals it in whole tokens or in base units.
//
// # Flags
//
// One bit per kind, fixed positions (Kinds()[i] is bit 1<<i):
//
//	bit kind                          set when
//	0   unlimited_approval            unlimited_approvals ≥ 1
//	1   unlimited_approval_unknown    unlimited_approvals_unknown ≥ 1
//	2   large_outflow                 outflow_share ≥ 10 %
//	3   large_outflow_unknown         outflow_unknown_share ≥ 10 %
//	4   amount_mismatch               amount_ratio ≥ 1.1
//	5   amount_mismatch_unknown       amount_ratio_unknown ≥ 10
//	6   amount_unstated               amounts_unstated ≥ 1
//	7   mint                          mints ≥ 1
//	8   large_mint                    mint_share ≥ 5 %
//	9   large_mint_unknown            mint_unknown_share ≥ 5 %
//	10  role_change                   role_changes ≥ 1
//	11  role_change_unknown           unknown_grantees ≥ 1
//	12  permission_change             permission_changes ≥ 1
//	13  gov_param_change              gov_param_changes ≥ 1
//	14  gov_reduction                 gov_reduction ≥ 25 %
//	15  upgrade                       upgrades ≥ 1
//	16  upgrade_unknown               unknown_implementations ≥ 1
//	17  delegatecall                  delegatecalls ≥ 1
//	18  delegatecall_unknown          delegatecalls_unknown ≥ 1
//	19  payload_delegatecall          payload_delegatecalls ≥ 1
//	20  selfdestruct                  selfdestructs ≥ 1
//	21  new_code                      created_contracts ≥ 1
//	22  reverted                      reverted
//	23  unknown_selector              unknown_selectors ≥ 1
//	24  decode_error                  decode_errors ≥ 1
//	25  unknown_recipient             unknown_recipients ≥ 1
//	26  unmentioned_call              calls_unmentioned ≥ 1
//	27  unmentioned_recipient         recipients_unmentioned ≥ 1
//	28  unmentioned_token             tokens_unmentioned ≥ 1
//	29  signal_only                   signal_only
//	30  bidi_control                  bidi_controls ≥ 1
//	31  invisible_chars               invisible_chars ≥ 1
//	32  confusable                    confusable_words ≥ 1 or confusable_key_words ≥ 1
//	33  instruction_like              instruction_like ≥ 1
//	34  text_truncated                text_truncated
//	35  first_proposal                history_known and prior_proposals = 0
//	36  votes_acquired                votes_acquired_frac ≥ 50 %
//	37  analysis_failed               analysis_failed
//
// Each flag names the proposal call it points at (the first one
// responsible; -1 for the proposal as a whole); a kind may have several
// flags, at most 16. Details are written here from decoded values and
// book names (quoted with escapes); they never quote the description.
//
// # Floors
//
// Floor(v) is the highest floor whose condition holds, 0 if none:
//
//	floor condition                                            why
//	85    unlimited_approvals_unknown ≥ 1                      an unknown spender can take the treasury's tokens
//	85    mint_unknown_share ≥ 5 %                             a takeover mints votes to an outsider
//	80    outflow_unknown_share ≥ 10 %                         a tenth of a holding leaves for an outsider
//	80    amount_ratio_unknown ≥ 10                            an outsider gets 10× what the text says
//	80    unknown_grantees ≥ 1                                 a role, ownership or admin goes to an outsider
//	80    selfdestructs ≥ 1                                    code destroyed (a metamorphic payload's tell)
//	75    unknown_implementations ≥ 1                          a proxy runs code no one named
//	75    delegatecalls_unknown ≥ 1                            unknown code runs with a DAO account's powers
//	70    gov_reduction ≥ 50 %                                 the DAO's own safeguards halved (or zeroed)
//	70    analysis_failed                                      nothing can be said: review
//	50    outflow_share ≥ 50 %                                 half a holding leaves, even to a known account
//	50    mint_share ≥ 5 %
//	50    amount_ratio ≥ 10                                    10× the stated amount, to a known account
//	40    gov_reduction ≥ 25 %
//	40    instruction_like, bidi_controls, confusable_key_words,
//	      text_truncated ≥ 1                                   text that tries to steer a reader or a model
//	20    confusable_words ≥ 1, invisible_chars ≥ 1
//
// A floor from the text alone is at most 40: the text can raise a score,
// never by itself to "do not pass without review" (70).
//
// A payload delegatecall (the Aave v2 executor running a payload with
// withDelegatecalls) has no floor: it is how such a DAO runs every
// proposal (216 of the 287 Aave v2 reports), and its code is opaque to
// static analysis. With a simulation its effects are scored like any
// call's; without one, payload_delegatecalls tells the model the proposal
// could not be read. A delegatecall made inside a call (Safe or MultiSend
// operation 1) to code not known has the 75 floor.
//
// Without Input.Params a governance setting's old value is unknown, and
// only a cut to zero counts as a reduction (100 %).
//
// # Failure handling
//
// Analyze never panics: every input, however malformed, gives a vector.
// A missing decoded call is decoded here; a nil Book, Effects, History or
// Params leaves what they give at zero. A bug caught by recover gives a
// vector of zeros but analysis_failed, whose floor (70) sends the
// proposal to review rather than letting it score low.
package features
