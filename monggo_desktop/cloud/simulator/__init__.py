"""A faithful fake of the Cloud API subset the app uses (cloud-api.md), served on loopback by aiohttp.

Same paths, bodies, limits, error shapes and signed webhooks as Meta's Graph API, with fault switches.
It knows nothing of Qt, SQL or the app's services: the demo mode and the tests drive it over HTTP.
"""

from monggo_desktop.cloud.simulator.config import ExtraPhoneNumber, SimulatorConfig, TokenProfile
from monggo_desktop.cloud.simulator.faults import Faults
from monggo_desktop.cloud.simulator.runner import run_simulator
from monggo_desktop.cloud.simulator.server import Simulator

__all__ = ["ExtraPhoneNumber", "Faults", "Simulator", "SimulatorConfig", "TokenProfile", "run_simulator"]
