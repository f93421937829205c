package aavev3

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Config configures a new market.
type Config struct {
	// Treasury is the collector that receives the liquidation protocol fee
	// and MintToTreasury's aTokens. Defaults to the zero address.
	Treasury common.Address
	// Timestamp is the block timestamp the market starts at; SetTimestamp
	// moves it. At most 2^40-1 (lastUpdateTimestamp is a uint40).
	Timestamp uint64
}

// maxTimestamp is type(uint40).max.
const maxTimestamp = 1<<40 - 1

func (c *Config) validate() error {
	if c.Timestamp > maxTimestamp {
		return fmt.Errorf("%w: Timestamp %d beyond uint40", ErrConfig, c.Timestamp)
	}
	return nil
}

// Market is one Aave v3 Pool: its reserves, its users' scaled balances and
// configuration bitmaps, the oracle's prices and the block time. It is not
// safe for concurrent use; Clone it to branch a sweep.
type Market struct {
	reserves []reserve
	byAsset  map[common.Address]int
	users    map[common.Address]*user
	treasury common.Address
	now      uint64
	// undo journals what the running call changed, so a call that the
	// contracts would revert leaves the market as it was.
	undo []undo
}

// user is a UserConfigurationMap (one collateral and one borrowing bit per
// reserve) and the user's scaled token balances, indexed by reserve id.
type user struct {
	collateral [2]uint64
	borrowing  [2]uint64
	pos        []position
}

// position is one user's balances in one reserve.
type position struct {
	scaledAToken uint256.Int // uint128
	scaledDebt   uint256.Int // uint128
}

func (u *user) isUsingAsCollateral(id int) bool { return u.collateral[id>>6]>>(id&63)&1 == 1 }
func (u *user) isBorrowing(id int) bool         { return u.borrowing[id>>6]>>(id&63)&1 == 1 }
func (u *user) isBorrowingAny() bool            { return u.borrowing[0]|u.borrowing[1] != 0 }
func (u *user) isEmpty() bool {
	return u.collateral[0]|u.collateral[1]|u.borrowing[0]|u.borrowing[1] == 0
}

func setBit(b *[2]uint64, id int, on bool) {
	if on {
		b[id>>6] |= 1 << (id & 63)
	} else {
		b[id>>6] &^= 1 << (id & 63)
	}
}

func (u *user) setUsingAsCollateral(id int, on bool) { setBit(&u.collateral, id, on) }
func (u *user) setBorrowing(id int, on bool)         { setBit(&u.borrowing, id, on) }

// undo is one journal entry: a reserve's old value, a user's old bitmaps
// and position in one reserve, or a user the call created.
type undo struct {
	kind       undoKind
	id         int
	r          reserve
	addr       common.Address
	u          *user
	collateral [2]uint64
	borrowing  [2]uint64
	pos        position
}

type undoKind uint8

const (
	undoReserve undoKind = iota
	undoPosition
	undoCreatedUser
)

// New returns an empty market.
func New(cfg Config) (*Market, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	return &Market{
		byAsset:  make(map[common.Address]int),
		users:    make(map[common.Address]*user),
		treasury: cfg.Treasury,
		now:      cfg.Timestamp,
	}, nil
}

// ReserveParams lists a new reserve.
type ReserveParams struct {
	Asset    common.Address
	Config   ReserveConfig
	Strategy RateStrategy
	// Price is the oracle's price, 8-decimal USD; zero leaves it unset.
	Price uint256.Int
}

// AddReserve lists a reserve as PoolConfigurator.initReserves followed by
// the configurator's setters: indexes at one ray, rates zero and a last
// update at time zero, as ReserveLogic.init leaves them.
func (m *Market) AddReserve(p ReserveParams) error {
	if _, ok := m.byAsset[p.Asset]; ok {
		return fmt.Errorf("add reserve %s: %w", p.Asset, ErrReserveExists)
	}
	if len(m.reserves) == MaxReserves {
		return fmt.Errorf("add reserve %s: %w", p.Asset, ErrNoMoreReservesAllowed)
	}
	if err := p.Config.validate(); err != nil {
		return fmt.Errorf("add reserve %s: %w", p.Asset, err)
	}
	if err := p.Strategy.validate(); err != nil {
		return fmt.Errorf("add reserve %s: %w", p.Asset, err)
	}
	id := len(m.reserves)
	m.reserves = append(m.reserves, reserve{
		asset:               p.Asset,
		id:                  id,
		cfg:                 p.Config,
		strategy:            p.Strategy,
		price:               p.Price,
		unit:                pow10(p.Config.Decimals),
		liquidityIndex:      Ray,
		variableBorrowIndex: Ray,
	})
	m.byAsset[p.Asset] = id
	for _, u := range m.users {
		u.pos = append(u.pos, position{})
	}
	return nil
}

// SetPrice sets the oracle's price of asset, 8-decimal USD (Aave's base
// currency). Zero unsets it.
func (m *Market) SetPrice(asset common.Address, price uint256.Int) error {
	r, err := m.reserveOf(asset)
	if err != nil {
		return err
	}
	r.price = price
	return nil
}

// SetTimestamp moves the block time to ts, which must not be before the
// current time. Interest accrues lazily: reserves catch up on their next
// action, and views compute the indexes at the current time.
func (m *Market) SetTimestamp(ts uint64) error {
	if ts < m.now || ts > maxTimestamp {
		return fmt.Errorf("%w: %d after %d", ErrTimeBackwards, ts, m.now)
	}
	m.now = ts
	return nil
}

// Timestamp returns the block time.
func (m *Market) Timestamp() uint64 { return m.now }

// Treasury returns the treasury's address.
func (m *Market) Treasury() common.Address { return m.treasury }

// Reserves returns the listed assets in id order (Pool.getReservesList).
func (m *Market) Reserves() []common.Address {
	out := make([]common.Address, len(m.reserves))
	for i := range m.reserves {
		out[i] = m.reserves[i].asset
	}
	return out
}

// ReserveData returns a reserve's stored state, as Pool.getReserveData: the
// indexes as of the reserve's last update, not accrued to now.
func (m *Market) ReserveData(asset common.Address) (ReserveData, error) {
	r, err := m.reserveOf(asset)
	if err != nil {
		return ReserveData{}, err
	}
	return r.export(), nil
}

// NormalizedIncome returns the liquidity index accrued to now
// (Pool.getReserveNormalizedIncome), a ray.
func (m *Market) NormalizedIncome(asset common.Address) (uint256.Int, error) {
	var z uint256.Int
	r, err := m.reserveOf(asset)
	if err == nil {
		err = r.normalizedIncome(&z, m.now)
	}
	return z, err
}

// NormalizedVariableDebt returns the variable borrow index accrued to now
// (Pool.getReserveNormalizedVariableDebt), a ray.
func (m *Market) NormalizedVariableDebt(asset common.Address) (uint256.Int, error) {
	var z uint256.Int
	r, err := m.reserveOf(asset)
	if err == nil {
		err = r.normalizedDebt(&z, m.now)
	}
	return z, err
}

// Users returns every address holding or having held a position (the
// treasury included once it holds aTokens), sorted.
func (m *Market) Users() []common.Address {
	out := slices.Collect(maps.Keys(m.users))
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// UserReserveData is one user's position in one reserve, in token units.
type UserReserveData struct {
	// ScaledATokenBalance is AToken.scaledBalanceOf(user).
	ScaledATokenBalance uint256.Int
	// ATokenBalance is AToken.balanceOf(user) now.
	ATokenBalance uint256.Int
	// ScaledVariableDebt is VariableDebtToken.scaledBalanceOf(user).
	ScaledVariableDebt uint256.Int
	// VariableDebt is VariableDebtToken.balanceOf(user) now.
	VariableDebt uint256.Int
	// UsageAsCollateralEnabled and Borrowing are the user's configuration bits.
	UsageAsCollateralEnabled bool
	Borrowing                bool
}

// UserReserve returns a user's position in a reserve.
func (m *Market) UserReserve(addr, asset common.Address) (UserReserveData, error) {
	var out UserReserveData
	r, err := m.reserveOf(asset)
	if err != nil {
		return out, err
	}
	u, ok := m.users[addr]
	if !ok {
		return out, nil
	}
	p := &u.pos[r.id]
	out.ScaledATokenBalance = p.scaledAToken
	out.ScaledVariableDebt = p.scaledDebt
	out.UsageAsCollateralEnabled = u.isUsingAsCollateral(r.id)
	out.Borrowing = u.isBorrowing(r.id)
	if err := r.aTokenBalance(&out.ATokenBalance, p, m.now); err != nil {
		return out, err
	}
	err = r.debtBalance(&out.VariableDebt, p, m.now)
	return out, err
}

// aTokenBalance is AToken.balanceOf.
func (r *reserve) aTokenBalance(z *uint256.Int, p *position, now uint64) error {
	var ni uint256.Int
	if err := r.normalizedIncome(&ni, now); err != nil {
		return err
	}
	return RayMul(z, &p.scaledAToken, &ni)
}

// debtBalance is VariableDebtToken.balanceOf.
func (r *reserve) debtBalance(z *uint256.Int, p *position, now uint64) error {
	if p.scaledDebt.IsZero() {
		z.Clear()
		return nil
	}
	var nd uint256.Int
	if err := r.normalizedDebt(&nd, now); err != nil {
		return err
	}
	return RayMul(z, &p.scaledDebt, &nd)
}

// Clone returns an independent copy of the market.
func (m *Market) Clone() *Market {
	c := &Market{
		reserves: slices.Clone(m.reserves),
		byAsset:  maps.Clone(m.byAsset),
		users:    make(map[common.Address]*user, len(m.users)),
		treasury: m.treasury,
		now:      m.now,
	}
	for a, u := range m.users {
		cu := *u
		cu.pos = slices.Clone(u.pos)
		c.users[a] = &cu
	}
	return c
}

func (m *Market) reserveOf(asset common.Address) (*reserve, error) {
	id, ok := m.byAsset[asset]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownReserve, asset)
	}
	return &m.reserves[id], nil
}

// price is the oracle's getAssetPrice.
func (r *reserve) priceOf() (*uint256.Int, error) {
	if r.price.IsZero() {
		return nil, fmt.Errorf("%w: %s", ErrNoPrice, r.asset)
	}
	return &r.price, nil
}

// userFor returns the user at addr, creating (and journaling) it if new.
func (m *Market) userFor(addr common.Address) *user {
	if u, ok := m.users[addr]; ok {
		return u
	}
	u := &user{pos: make([]position, len(m.reserves))}
	m.users[addr] = u
	m.undo = append(m.undo, undo{kind: undoCreatedUser, addr: addr})
	return u
}

// saveReserve journals r before the call changes it.
func (m *Market) saveReserve(r *reserve) {
	m.undo = append(m.undo, undo{kind: undoReserve, id: r.id, r: *r})
}

// savePosition journals u's bitmaps and its position in reserve id.
func (m *Market) savePosition(u *user, id int) {
	m.undo = append(m.undo, undo{kind: undoPosition, id: id, u: u,
		collateral: u.collateral, borrowing: u.borrowing, pos: u.pos[id]})
}

// settle ends a call: on error it rolls the journal back, newest first, as
// the EVM reverts a failed call; either way it empties the journal.
func (m *Market) settle(err *error) {
	if *err != nil {
		for i := len(m.undo) - 1; i >= 0; i-- {
			e := &m.undo[i]
			switch e.kind {
			case undoReserve:
				m.reserves[e.id] = e.r
			case undoPosition:
				e.u.collateral, e.u.borrowing = e.collateral, e.borrowing
				e.u.pos[e.id] = e.pos
			case undoCreatedUser:
				delete(m.users, e.addr)
			}
		}
	}
	clear(m.undo) // drop the *user pointers
	m.undo = m.undo[:0]
}
