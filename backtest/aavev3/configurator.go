package aavev3

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// SetReserveConfig replaces a reserve's configuration, as the
// PoolConfigurator's setters would one by one, with their checks:
// configureReserveAsCollateral's INVALID_RESERVE_PARAMS, and its
// RESERVE_LIQUIDITY_NOT_ZERO when the collateral parameters change to a
// zero threshold; the factor, fee and cap limits. As in v3.0 nothing is
// accrued first: a new reserve factor or LTV applies from the
// reserve's last update on, and rates change on its next action. Decimals
// cannot change.
func (m *Market) SetReserveConfig(asset common.Address, cfg ReserveConfig) error {
	r, err := m.reserveOf(asset)
	if err != nil {
		return err
	}
	if cfg.Decimals != r.cfg.Decimals {
		return fmt.Errorf("configure %s: %w: Decimals cannot change", asset, ErrConfig)
	}
	if err := cfg.validate(); err != nil {
		return fmt.Errorf("configure %s: %w", asset, err)
	}
	collateralChanged := cfg.LTV != r.cfg.LTV || cfg.LiquidationThreshold != r.cfg.LiquidationThreshold ||
		cfg.LiquidationBonus != r.cfg.LiquidationBonus
	if collateralChanged && cfg.LiquidationThreshold == 0 &&
		(!r.scaledATokenSupply.IsZero() || !r.accruedToTreasury.IsZero()) {
		return fmt.Errorf("configure %s: %w", asset, ErrReserveLiquidityNotZero)
	}
	r.cfg = cfg
	return nil
}

// SetRateStrategy replaces a reserve's interest-rate strategy, as
// setReserveInterestRateStrategyAddress in v3.0: the current rates stay
// until the reserve's next action.
func (m *Market) SetRateStrategy(asset common.Address, s RateStrategy) error {
	r, err := m.reserveOf(asset)
	if err != nil {
		return err
	}
	if err := s.validate(); err != nil {
		return fmt.Errorf("set rate strategy %s: %w", asset, err)
	}
	r.strategy = s
	return nil
}
