package proposal

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	usdc     = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
	ensLabs  = "0x690F0581eCecCf8389c223170778cD9D029606F2"
	timelock = "0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7"
	// transferCall is USDC.transfer(ENS Labs, 1,218,669.76 USDC).
	transferCall = "0xa9059cbb000000000000000000000000690f0581ececcf8389c223170778cd9d029606f20000000000000000000000000000000000000000000000000000011bbe60ce00"
)

func mustParse(t *testing.T, data string) *Proposal {
	t.Helper()
	p, err := Parse([]byte(data))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return p
}

func TestParseGovernor(t *testing.T) {
	p := mustParse(t, `{
		"targets": ["`+usdc+`", "`+strings.ToLower(timelock)+`"],
		"values": ["0", 1000000000000000000],
		"calldatas": ["`+transferCall+`", "0x"],
		"signatures": ["", ""],
		"description": "# Reimburse ENS Labs",
		"proposer": "`+ensLabs+`",
		"chainId": "0x1"
	}`)
	if p.Form != FormGovernor || len(p.Targets) != 2 {
		t.Fatalf("form %s, %d targets", p.Form, len(p.Targets))
	}
	if p.Targets[1] != common.HexToAddress(timelock) {
		t.Errorf("lower-case target read as %s", p.Targets[1])
	}
	if p.Values[1].String() != "1000000000000000000" {
		t.Errorf("numeric value = %s", p.Values[1])
	}
	if p.Proposer == nil || *p.Proposer != common.HexToAddress(ensLabs) {
		t.Errorf("proposer = %v", p.Proposer)
	}
	if p.ChainID.Int64() != 1 || p.Description != "# Reimburse ENS Labs" {
		t.Errorf("chainId %s, description %q", p.ChainID, p.Description)
	}
	calls := p.Calls()
	if len(calls) != 2 || calls[1].Index != 1 || len(calls[1].Data) != 0 || calls[1].Value.Sign() <= 0 {
		t.Fatalf("calls = %+v", calls)
	}
	// Calls hands out copies: a caller changing one cannot change p.
	calls[0].Value.SetInt64(7)
	calls[0].Data[0] = 0
	if p.Values[0].Sign() != 0 || p.Calldatas[0][0] != 0xa9 {
		t.Error("Calls shares memory with the proposal")
	}
}

func TestParseOptionalFieldsAbsent(t *testing.T) {
	p := mustParse(t, `{"targets": [], "values": [], "calldatas": []}`)
	if p.Signatures != nil || p.Proposer != nil || p.ChainID != nil || p.Description != "" || len(p.Calls()) != 0 {
		t.Fatalf("got %+v", p)
	}
	p = mustParse(t, `{"targets": [], "values": [], "calldatas": [], "signatures": null, "proposer": null, "chainId": null, "description": null}`)
	if p.Signatures != nil || p.Proposer != nil || p.ChainID != nil {
		t.Fatalf("nulls: got %+v", p)
	}
}

func TestParseValueForms(t *testing.T) {
	for _, tc := range []struct {
		name, value, want string
	}{
		{"decimal string", `"1000000000000000000"`, "1000000000000000000"},
		{"zero", `"0"`, "0"},
		{"integer number", `1000`, "1000"},
		{"exponent number", `1e18`, "1000000000000000000"},
		{"whole fraction", `5.0`, "5"},
		{"negative exponent", `1000e-3`, "1"},
		{"max uint256", `"115792089237316195423570985008687907853269984665640564039457584007913129639935"`, "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
		{"leading zeros", `"000000000000000000000000000000000000000000000000000000000000000000000000000000000042"`, "42"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := mustParse(t, `{"targets": ["`+usdc+`"], "values": [`+tc.value+`], "calldatas": ["0x"]}`)
			if got := p.Values[0].String(); got != tc.want {
				t.Fatalf("value = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestParseChainIDForms(t *testing.T) {
	for raw, want := range map[string]int64{`1`: 1, `"1"`: 1, `"0x1"`: 1, `"0xa4b1"`: 42161, `"42161"`: 42161, `10`: 10} {
		p := mustParse(t, `{"targets": [], "values": [], "calldatas": [], "chainId": `+raw+`}`)
		if p.ChainID.Int64() != want {
			t.Errorf("chainId %s = %s, want %d", raw, p.ChainID, want)
		}
	}
}

func TestCallsBravoSignature(t *testing.T) {
	args := transferCall[10:] // the arguments without the selector
	p := mustParse(t, `{
		"targets": ["`+usdc+`", "`+usdc+`"],
		"values": ["0", "0"],
		"calldatas": ["0x`+args+`", "`+transferCall+`"],
		"signatures": ["transfer(address,uint256)", ""]
	}`)
	calls := p.Calls()
	if calls[0].Signature != "transfer(address,uint256)" || calls[1].Signature != "" {
		t.Fatalf("signatures = %q, %q", calls[0].Signature, calls[1].Signature)
	}
	// The signature's selector goes in front of the calldata; the call
	// without a signature keeps its calldata: both end up the same.
	if !bytes.Equal(calls[0].Data, calls[1].Data) || !bytes.Equal(calls[0].Data, common.FromHex(transferCall)) {
		t.Fatalf("data = %x, want %s", calls[0].Data, transferCall)
	}
	// The timelock hashes the signature as written, space included.
	spaced := FullCalldata("transfer(address, uint256)", nil)
	if want := crypto.Keccak256([]byte("transfer(address, uint256)"))[:4]; !bytes.Equal(spaced, want) {
		t.Fatalf("FullCalldata hashed a normalised signature: %x, want %x", spaced, want)
	}
}

func TestParseDescriptionOneMiB(t *testing.T) {
	desc := strings.Repeat("A grant that says one thing. ", (1<<20)/29+1)[:1<<20]
	p := mustParse(t, `{"targets": [], "values": [], "calldatas": [], "description": "`+desc+`"}`)
	if len(p.Description) != 1<<20 {
		t.Fatalf("description is %d bytes, want %d", len(p.Description), 1<<20)
	}
}

func TestParseBlockfulRecords(t *testing.T) {
	for _, tc := range []struct {
		file      string
		calls     int
		firstSel  string
		descStart string
	}{
		{"ep-5-16.json", 1, "a9059cbb", "# [EP 5.16] [Executable] Reimbursement"},
		{"ep-5-29.json", 6, "095ea7b3", "# [EP 5.29] Funding request for Unruggable"},
		// Guards the draft fallback: this record has only draftCalldata.json.
		{"ep-6-21.json", 3, "c47f0027", ""},
		{"ep-6-32.json", 1, "6a761202", ""},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "blockful", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			p := mustParse(t, string(data))
			if p.Form != FormBlockful || len(p.Targets) != tc.calls {
				t.Fatalf("form %s, %d calls, want blockful with %d", p.Form, len(p.Targets), tc.calls)
			}
			if got := common.Bytes2Hex(p.Calldatas[0][:4]); got != tc.firstSel {
				t.Errorf("first selector %s, want %s", got, tc.firstSel)
			}
			if p.Description == "" || !strings.HasPrefix(p.Description, tc.descStart) {
				t.Errorf("description starts %.60q, want %q", p.Description, tc.descStart)
			}
		})
	}
}

func TestParseBlockfulWithoutCalls(t *testing.T) {
	p := mustParse(t, `{"dao": "shutter", "files": {"README.md": "review notes"}}`)
	if p.Form != FormBlockful || len(p.Targets) != 0 || p.Description != "" {
		t.Fatalf("got %+v", p)
	}
}

func TestParseCallsFile(t *testing.T) {
	p := mustParse(t, `{"proposalId": "1", "blockNumber": 21000000, "executableCalls": [
		{"target": "`+usdc+`", "calldata": "`+transferCall+`", "value": "0"},
		{"target": "`+ensLabs+`", "calldata": "0x", "value": 5}
	], "description": "pay"}`)
	if p.Form != FormCalls || len(p.Targets) != 2 || p.Values[1].Int64() != 5 || p.Description != "pay" {
		t.Fatalf("got %+v", p)
	}
	p = mustParse(t, `{"executableCalls": [{"target": "`+usdc+`", "calldata": "0x"}]}`)
	if p.Values[0].Sign() != 0 {
		t.Fatalf("absent value = %s, want 0", p.Values[0])
	}
}

// aaveRecord is shaped like a line of the Aave reports dataset (written
// for this test; the dataset's text is GPL-3.0), with its signatures split
// at commas as the dataset has them.
const aaveRecord = `{
	"report_file": "reports/999-test.md", "gov_version": "v2", "proposal_id": 999,
	"title": "Risk parameter updates", "context": "Raise the USDC supply cap.",
	"validations": [{"status": "white_check_mark", "text": "ok"}],
	"creation_params": {
		"id": "999", "creator": "0x5b3bffc0bcf8d4caec873fdcf719f60725767c98",
		"executor": "0xee56e2b3d491590b5b31738cc34d5232f378a8d5",
		"targets": ["0x8e7df91fed22c192a3aa1bb6143879295ee91295", "0x311bb771e4f8952e6da169b425e7e92d6ac45756"],
		"values": ["0", "0"],
		"signatures": ["execute()", "configureReserveAsCollateral(address", "uint256", "uint256", "uint256)"],
		"calldatas": ["0x", "0x000000000000000000000000a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"],
		"withDelegatecalls": ["true", "false"]
	}
}`

func TestParseAaveReport(t *testing.T) {
	p := mustParse(t, aaveRecord)
	if p.Form != FormAaveReport || len(p.Targets) != 2 {
		t.Fatalf("form %s, %d targets", p.Form, len(p.Targets))
	}
	want := []string{"execute()", "configureReserveAsCollateral(address,uint256,uint256,uint256)"}
	if len(p.Signatures) != 2 || p.Signatures[0] != want[0] || p.Signatures[1] != want[1] {
		t.Fatalf("signatures = %q, want %q", p.Signatures, want)
	}
	if len(p.Delegatecalls) != 2 || !p.Delegatecalls[0] || p.Delegatecalls[1] {
		t.Fatalf("delegatecalls = %v", p.Delegatecalls)
	}
	if p.Proposer == nil || p.Proposer.Hex() != "0x5B3bFfC0bcF8D4cAEC873fDcF719F60725767c98" {
		t.Fatalf("proposer = %v", p.Proposer)
	}
	if p.Description != "# Risk parameter updates\n\nRaise the USDC supply cap." || p.ChainID.Int64() != 1 {
		t.Fatalf("description %q, chain %s", p.Description, p.ChainID)
	}
	calls := p.Calls()
	if !calls[0].Delegatecall || !bytes.Equal(calls[0].Data, crypto.Keccak256([]byte("execute()"))[:4]) {
		t.Fatalf("call 0 = %+v", calls[0])
	}
}

func TestParseAaveReportWithoutCalls(t *testing.T) {
	for name, record := range map[string]string{
		"v3":           `{"gov_version": "v3", "title": "Onboard X", "context": "", "creation_params": {"proposalId": "7", "creator": "0x5b3bffc0bcf8d4caec873fdcf719f60725767c98", "accessLevel": "1", "ipfsHash": "0x00"}}`,
		"empty params": `{"gov_version": "v2", "title": "T", "context": "C", "creation_params": {}}`,
		"null params":  `{"gov_version": "v2", "title": "T", "context": "C", "creation_params": null}`,
	} {
		p, err := Parse([]byte(record))
		if err != nil || len(p.Targets) != 0 || p.Form != FormAaveReport {
			t.Errorf("%s: %+v, %v", name, p, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	gov := func(targets, values, calldatas string) string {
		return `{"targets": ` + targets + `, "values": ` + values + `, "calldatas": ` + calldatas + `}`
	}
	one := `["` + usdc + `"]`
	for _, tc := range []struct {
		name, input, field, msg string
	}{
		{"values shorter", gov(`["`+usdc+`", "`+usdc+`", "`+usdc+`"]`, `["0", "0"]`, `["0x", "0x", "0x"]`), "values", "has 2 entries, targets has 3"},
		{"calldatas longer", gov(one, `["0"]`, `["0x", "0x"]`), "calldatas", "has 2 entries, targets has 1"},
		{"signatures shorter", `{"targets": ` + one + `, "values": ["0"], "calldatas": ["0x"], "signatures": []}`, "signatures", "has 0 entries, targets has 1"},
		{"bad hex", gov(`["`+usdc+`", "`+usdc+`"]`, `["0", "0"]`, `["0x", "0xzz"]`), "calldatas[1]", `"0xzz" is not hex: 'z' at offset 2`},
		{"odd hex", gov(one, `["0"]`, `["0xabc"]`), "calldatas[0]", "odd number of hex digits"},
		{"hex without 0x", gov(one, `["0"]`, `["abcd"]`), "calldatas[0]", "does not start with 0x"},
		{"calldata not a string", gov(one, `["0"]`, `[12]`), "calldatas[0]", "is not a string"},
		{"short address", gov(`["0x12"]`, `["0"]`, `["0x"]`), "targets[0]", `"0x12" is not a 20-byte address`},
		{"address without 0x", gov(`["A0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"]`, `["0"]`, `["0x"]`), "targets[0]", "is not a 20-byte address"},
		// One letter's case changed: the EIP-55 checksum catches the typo.
		{"bad checksum", gov(`["0xa0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"]`, `["0"]`, `["0x"]`), "targets[0]", "EIP-55 checksum"},
		{"exponent string", gov(`["`+usdc+`", "`+usdc+`", "`+usdc+`"]`, `["0", "0", "1e18"]`, `["0x", "0x", "0x"]`), "values[2]", `"1e18" is not a decimal integer`},
		{"hex value", gov(one, `["0x10"]`, `["0x"]`), "values[0]", "is not a decimal integer"},
		{"negative string", gov(one, `["-5"]`, `["0x"]`), "values[0]", `"-5" is negative`},
		{"negative number", gov(one, `[-5]`, `["0x"]`), "values[0]", "-5 is negative"},
		{"fraction", gov(one, `[1.5]`, `["0x"]`), "values[0]", "not a whole number"},
		{"fraction by exponent", gov(one, `[1500e-3]`, `["0x"]`), "values[0]", "not a whole number"},
		{"huge exponent", gov(one, `[1e999999999]`, `["0x"]`), "values[0]", "not a whole number in range"},
		{"over uint256", gov(one, `["115792089237316195423570985008687907853269984665640564039457584007913129639936"]`, `["0x"]`), "values[0]", "more than a uint256 holds"},
		{"value bool", gov(one, `[true]`, `["0x"]`), "values[0]", "not a decimal integer"},
		{"empty value", gov(one, `[""]`, `["0x"]`), "values[0]", `"" is not a decimal integer`},
		{"typo", `{"tragets": [], "values": [], "calldatas": []}`, "tragets", `unknown field (did you mean "targets"?)`},
		{"unknown key", `{"targets": [], "values": [], "calldatas": [], "eta": 5}`, "eta", "unknown field"},
		{"missing values", `{"targets": [], "calldatas": []}`, "values", "is missing"},
		{"targets not array", gov(`"`+usdc+`"`, `[]`, `[]`), "targets", "is not an array"},
		{"duplicate key", `{"targets": [], "values": [], "calldatas": [], "targets": []}`, "targets", "appears twice"},
		{"chainId zero", `{"targets": [], "values": [], "calldatas": [], "chainId": 0}`, "chainId", "is 0"},
		{"chainId word", `{"targets": [], "values": [], "calldatas": [], "chainId": "mainnet"}`, "chainId", `"mainnet" is not a decimal or 0x hex integer`},
		{"bad proposer", `{"targets": [], "values": [], "calldatas": [], "proposer": "vitalik.eth"}`, "proposer", "is not a 20-byte address"},
		{"signature with newline", `{"targets": ` + one + `, "values": ["0"], "calldatas": ["0x"], "signatures": ["f()\nignore the above"]}`, "signatures[0]", "not printable ASCII"},
		{"signature not a function", `{"targets": ` + one + `, "values": ["0"], "calldatas": ["0x"], "signatures": ["transfer"]}`, "signatures[0]", "not a function signature"},
		{"description number", `{"targets": [], "values": [], "calldatas": [], "description": 5}`, "description", "is not a string"},
		{"call missing calldata", `{"executableCalls": [{"target": "` + usdc + `"}]}`, "executableCalls[0].calldata", "is missing"},
		{"call unknown key", `{"executableCalls": [{"target": "` + usdc + `", "calldata": "0x", "data": "0x"}]}`, "executableCalls[0].data", "unknown field"},
		{"blockful bad target", `{"files": {"proposalCalldata.json": {"executableCalls": [{"target": "0x12", "calldata": "0x", "value": "0"}]}}}`, `files["proposalCalldata.json"].executableCalls[0].target`, "is not a 20-byte address"},
		{"aave split signature never closed", `{"creation_params": {"targets": ` + one + `, "values": ["0"], "calldatas": ["0x"], "signatures": ["f(uint256", "uint256"]}}`, "creation_params.signatures", "unbalanced parentheses"},
		{"aave flag", `{"creation_params": {"targets": ` + one + `, "values": ["0"], "calldatas": ["0x"], "withDelegatecalls": ["yes"]}}`, "creation_params.withDelegatecalls[0]", "neither true nor false"},
		{"aave lengths", `{"creation_params": {"targets": ` + one + `, "values": [], "calldatas": ["0x"]}}`, "creation_params.values", "has 0 entries, targets has 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse([]byte(tc.input))
			if err == nil {
				t.Fatalf("no error; parsed %+v", p)
			}
			t.Log(err)
			if p != nil {
				t.Error("a proposal came back with the error")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("%v does not wrap ErrInvalid", err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("%v is not a *FieldError", err)
			}
			if fe.Field != tc.field {
				t.Errorf("field %q, want %q (%v)", fe.Field, tc.field, err)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
		})
	}
}

func TestParseInputErrors(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		tooLarge    bool
	}{
		{"not JSON", `targets: []`, false},
		{"array", `[]`, false},
		{"trailing data", `{"targets": [], "values": [], "calldatas": []} {}`, false},
		{"empty", ``, false},
		{"over MaxInputSize", `{"description": "` + strings.Repeat("x", MaxInputSize) + `"}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.input))
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
			if errors.Is(err, ErrTooLarge) != tc.tooLarge {
				t.Fatalf("err = %v, ErrTooLarge want %v", err, tc.tooLarge)
			}
		})
	}
}

func TestParseTooManyCalls(t *testing.T) {
	n := MaxCalls + 1
	list := func(item string) string { return "[" + strings.TrimSuffix(strings.Repeat(item+",", n), ",") + "]" }
	input := `{"targets": ` + list(`"`+usdc+`"`) + `, "values": ` + list(`"0"`) + `, "calldatas": ` + list(`"0x"`) + `}`
	_, err := Parse([]byte(input))
	var fe *FieldError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) || fe.Field != "targets" {
		t.Fatalf("err = %v, want ErrTooLarge on targets", err)
	}
}

func TestFullCalldataWithoutSignatureCopies(t *testing.T) {
	in := []byte{1, 2, 3, 4}
	out := FullCalldata("", in)
	out[0] = 9
	if in[0] != 1 {
		t.Fatal("FullCalldata returned its input")
	}
	if got := FullCalldata("f()", nil); len(got) != 4 || new(big.Int).SetBytes(got).Sign() == 0 {
		t.Fatalf("FullCalldata(f()) = %x", got)
	}
}
