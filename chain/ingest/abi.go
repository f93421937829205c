package ingest

// The ABI fragments below are copied from the Uniswap v3 pool interface
// (IUniswapV3PoolEvents and IUniswapV3PoolState of @uniswap/v3-core 1.0.1, as
// compiled into artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json).
// They are kept here rather than taken from chain/contracts so ingestion does
// not depend on generated bindings.

// UniswapV3PoolEventsABI is the ABI JSON of the Uniswap v3 pool events this
// package decodes: Swap, Mint and Burn.
const UniswapV3PoolEventsABI = `[
{"anonymous":false,"inputs":[{"indexed":true,"internalType":"address","name":"sender","type":"address"},{"indexed":true,"internalType":"address","name":"recipient","type":"address"},{"indexed":false,"internalType":"int256","name":"amount0","type":"int256"},{"indexed":false,"internalType":"int256","name":"amount1","type":"int256"},{"indexed":false,"internalType":"uint160","name":"sqrtPriceX96","type":"uint160"},{"indexed":false,"internalType":"uint128","name":"liquidity","type":"uint128"},{"indexed":false,"internalType":"int24","name":"tick","type":"int24"}],"name":"Swap","type":"event"},
{"anonymous":false,"inputs":[{"indexed":false,"internalType":"address","name":"sender","type":"address"},{"indexed":true,"internalType":"address","name":"owner","type":"address"},{"indexed":true,"internalType":"int24","name":"tickLower","type":"int24"},{"indexed":true,"internalType":"int24","name":"tickUpper","type":"int24"},{"indexed":false,"internalType":"uint128","name":"amount","type":"uint128"},{"indexed":false,"internalType":"uint256","name":"amount0","type":"uint256"},{"indexed":false,"internalType":"uint256","name":"amount1","type":"uint256"}],"name":"Mint","type":"event"},
{"anonymous":false,"inputs":[{"indexed":true,"internalType":"address","name":"owner","type":"address"},{"indexed":true,"internalType":"int24","name":"tickLower","type":"int24"},{"indexed":true,"internalType":"int24","name":"tickUpper","type":"int24"},{"indexed":false,"internalType":"uint128","name":"amount","type":"uint128"},{"indexed":false,"internalType":"uint256","name":"amount0","type":"uint256"},{"indexed":false,"internalType":"uint256","name":"amount1","type":"uint256"}],"name":"Burn","type":"event"}
]`

// UniswapV3PoolStateABI is the ABI JSON of the two Uniswap v3 pool views
// ReadPool calls: slot0() and liquidity().
const UniswapV3PoolStateABI = `[
{"inputs":[],"name":"slot0","outputs":[{"internalType":"uint160","name":"sqrtPriceX96","type":"uint160"},{"internalType":"int24","name":"tick","type":"int24"},{"internalType":"uint16","name":"observationIndex","type":"uint16"},{"internalType":"uint16","name":"observationCardinality","type":"uint16"},{"internalType":"uint16","name":"observationCardinalityNext","type":"uint16"},{"internalType":"uint8","name":"feeProtocol","type":"uint8"},{"internalType":"bool","name":"unlocked","type":"bool"}],"stateMutability":"view","type":"function"},
{"inputs":[],"name":"liquidity","outputs":[{"internalType":"uint128","name":"","type":"uint128"}],"stateMutability":"view","type":"function"}
]`

// Event signatures and their topic0 (keccak256 of the signature). A test
// checks each topic against both the signature and UniswapV3PoolEventsABI.
const (
	// SwapEventSignature is the canonical signature of the pool's Swap event.
	SwapEventSignature = "Swap(address,address,int256,int256,uint160,uint128,int24)"
	// SwapTopic0 is keccak256(SwapEventSignature) in hex.
	SwapTopic0 = "0xc42079f94a6350d7e6235f29174924f928cc2ac818eb64fed8004e115fbcca67"
	// MintEventSignature is the canonical signature of the pool's Mint event.
	MintEventSignature = "Mint(address,address,int24,int24,uint128,uint256,uint256)"
	// MintTopic0 is keccak256(MintEventSignature) in hex.
	MintTopic0 = "0x7a53080ba414158be7ec69b987b5fb7d07dee101fe85488f0853ae16239d0bde"
	// BurnEventSignature is the canonical signature of the pool's Burn event.
	BurnEventSignature = "Burn(address,int24,int24,uint128,uint256,uint256)"
	// BurnTopic0 is keccak256(BurnEventSignature) in hex.
	BurnTopic0 = "0x0c396cd989a39f4459b5fa1aed6a9a8dcdbc45908acfd67e028cd568da98982c"
)
