"""The native shape of describe_broker_versions, as BrokerVersions."""

from __future__ import annotations

from typing import List, Optional, Tuple

from .admin_types import ApiVersionRange, BrokerVersions, FeatureRange

_Feature = Tuple[str, int, int]
_Broker = Tuple[int, List[Tuple[int, Optional[str], int, int]], List[_Feature], List[_Feature], int, Optional[Exception]]


def broker_versions(raw: List[_Broker]) -> List[BrokerVersions]:
    return [
        BrokerVersions(
            node_id,
            [ApiVersionRange(*a) for a in apis],
            [FeatureRange(*f) for f in supported],
            [FeatureRange(*f) for f in finalized],
            epoch,
            error,
        )
        for node_id, apis, supported, finalized, epoch, error in raw
    ]
