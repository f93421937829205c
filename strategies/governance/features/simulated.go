package features

import (
	"github.com/ethereum/go-ethereum/common"
)

// simulated reads what the simulation saw into the same events the calls
// give. A simulated event and its static twin are not added up: counts
// take the larger of the two sources, address sets their union, shares
// their maximum (vector.go), so a simulation can only add what the
// decoding could not see, and a failed or partial simulation takes
// nothing away.
func (x *extraction) simulated() {
	fx := x.in.Effects
	if fx == nil {
		return
	}
	x.isSimulated = true
	if fx.Reverted {
		x.reverted = true
		x.flag(KindReverted, fx.FailedCall, "the simulated execution reverted at call %d; effects after it are unknown", fx.FailedCall)
	}
	zero := common.Address{}
	for _, t := range fx.Transfers {
		if t.Amount == nil || t.Amount.Sign() <= 0 {
			continue
		}
		switch {
		case t.From == zero:
			x.moves = append(x.moves, move{call: t.Call, token: t.Token, to: t.To, amount: t.Amount, mint: true, sim: true, known: x.reg.known(t.To)})
		case x.reg.daoOwned(t.From):
			x.moves = append(x.moves, move{call: t.Call, token: t.Token, from: t.From, fromExecutor: t.From == x.reg.executor,
				to: t.To, amount: t.Amount, sim: true, known: x.reg.known(t.To)})
		}
	}
	for _, a := range fx.Approvals {
		if !x.reg.daoOwned(a.Owner) {
			continue
		}
		switch {
		case a.Amount == nil && a.Approved:
			x.approvals = append(x.approvals, approval{call: a.Call, token: a.Token, spender: a.Spender, sim: true})
		case a.Amount != nil && a.Amount.Sign() > 0:
			x.approvals = append(x.approvals, approval{call: a.Call, token: a.Token, spender: a.Spender, amount: a.Amount, sim: true})
		}
	}
	for _, r := range fx.Roles {
		if r.Granted {
			x.grants = append(x.grants, grant{call: r.Call, contract: r.Contract, account: r.Account, what: roleName(r.Role.Bytes()), sim: true})
			x.flagGrant(r.Call, r.Contract, r.Account, roleName(r.Role.Bytes()))
		} else {
			x.grants = append(x.grants, grant{call: r.Call, contract: r.Contract, what: "revocation of " + roleName(r.Role.Bytes()), sim: true})
		}
	}
	for _, o := range fx.Owners {
		what := "ownership"
		if o.Admin {
			what = "proxy admin"
		}
		if o.New == zero {
			x.grants = append(x.grants, grant{call: o.Call, contract: o.Contract, what: what + " renounced", sim: true})
			x.flag(KindRoleChange, o.Call, "%s of %s renounced (simulated)", what, x.reg.label(o.Contract))
			continue
		}
		x.grants = append(x.grants, grant{call: o.Call, contract: o.Contract, account: o.New, what: what, sim: true})
		x.flagGrant(o.Call, o.Contract, o.New, what)
	}
	for _, u := range fx.Upgrades {
		x.upgrades = append(x.upgrades, upgrade{call: u.Call, proxy: u.Proxy, impl: u.Implementation, sim: true})
		x.flagUpgrade(u.Call, u.Proxy, u.Implementation)
	}
	for _, f := range fx.DelegateCalls {
		// A proxy delegating to its implementation is how every proxy
		// works; what matters is code run with the DAO's own powers.
		if !x.reg.daoOwned(f.From) {
			continue
		}
		if x.isPayload(f.Call, f.To) {
			x.delegations = append(x.delegations, delegation{call: f.Call, target: f.To, payload: true, sim: true})
			continue
		}
		x.delegations = append(x.delegations, delegation{call: f.Call, target: f.To, sim: true})
		x.flagDelegation(f.Call, "simulated", f.To)
	}
	for _, f := range fx.SelfDestructs {
		x.selfDestructs++
		x.flag(KindSelfDestruct, f.Call, "%s self-destructed (simulated)", x.reg.label(f.To))
	}
	for _, c := range fx.Created {
		x.created++
		x.flag(KindNewCode, c.Call, "contract %s created with %d bytes of code (simulated)", c.Address.Hex(), c.CodeSize)
	}
}

// isPayload reports a delegatecall frame that is proposal call i's own
// declared delegatecall (the Aave v2 executor running its payload).
func (x *extraction) isPayload(i int, to common.Address) bool {
	p := x.in.Proposal
	return p != nil && i >= 0 && i < len(p.Delegatecalls) && p.Delegatecalls[i] && i < len(p.Targets) && p.Targets[i] == to
}
